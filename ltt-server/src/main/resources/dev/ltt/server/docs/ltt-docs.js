// Starts Swagger UI on /openapi.json. A file of its own, not an inline script, so the page's
// Content-Security-Policy can allow scripts from this origin only. validatorUrl: null keeps the
// browser from sending the document to an outside validator.
window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({
    url: "/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    validatorUrl: null,
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
    persistAuthorization: false
  });
});
