// LTI platform storage (1EdTech "LTI Client Side postMessages" / "postMessage Storage"), LTT's side.
// The page names what to do in data attributes of #lti-storage: at login, store the state and nonce in the
// platform's frame and go on to the platform's authorization endpoint; at launch, read the state back and post
// it to LTT with the id_token. Messages go only to, and are accepted only from, the platform's origin.
(function () {
  'use strict';
  var page = document.getElementById('lti-storage');
  if (!page) return;
  var d = page.dataset;
  var origin = d.origin;

  // the frame named by lti_storage_target, unless the platform's lti.capabilities answer names another
  var frameName = d.target;

  function targetFrame(subject) {
    if (subject === 'lti.capabilities') return window.parent;
    try {
      return frameName === '_parent' ? window.parent : window.parent.frames[frameName];
    } catch (e) {
      return null;
    }
  }

  // one request, one answer with the same message_id, or null after five seconds (a platform may not answer)
  function send(message, done, wait) {
    var id = 'ltt-' + Date.now().toString(36) + '-' + Math.random().toString(36).slice(2);
    var finished = false;
    function finish(answer) {
      if (finished) return;
      finished = true;
      window.removeEventListener('message', listen);
      clearTimeout(timer);
      done(answer);
    }
    function listen(event) {
      var data = event.data;
      if (event.origin !== origin || !data || typeof data !== 'object') return;
      if (data.message_id !== id || data.subject !== message.subject + '.response') return;
      finish(data.error ? null : data);
    }
    var timer = setTimeout(function () { finish(null); }, wait || 5000);
    window.addEventListener('message', listen);
    message.message_id = id;
    var frame = targetFrame(message.subject);
    if (!frame) { finish(null); return; }
    try {
      frame.postMessage(message, origin);
    } catch (e) {
      finish(null);
    }
  }

  // asks which frame stores data (lti.capabilities, answered by the parent); no answer: lti_storage_target
  function discover(then) {
    send({subject: 'lti.capabilities'}, function (answer) {
      var messages = answer && Array.isArray(answer.supported_messages) ? answer.supported_messages : [];
      for (var i = 0; i < messages.length; i++) {
        var m = messages[i];
        if (m && m.subject === 'lti.put_data' && typeof m.frame === 'string' && /^[A-Za-z0-9_.-]{1,100}$/.test(m.frame)) {
          frameName = m.frame;
        }
      }
      then();
    }, 1000);
  }

  if (d.mode === 'put') discover(function () {
    send({subject: 'lti.put_data', key: 'ltt_state_' + d.state, value: d.state}, function () {
      send({subject: 'lti.put_data', key: 'ltt_nonce_' + d.nonce, value: d.nonce}, function () {
        window.location.replace(d.next);
      });
    });
  });
  else if (d.mode === 'get') discover(function () {
    send({subject: 'lti.get_data', key: 'ltt_state_' + d.state}, function (answer) {
      var value = answer && typeof answer.value === 'string' ? answer.value : '';
      document.getElementById('lti-stored-state').value = value;
      document.getElementById('lti-launch').submit();
    });
  });
})();
