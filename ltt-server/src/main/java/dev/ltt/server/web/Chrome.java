package dev.ltt.server.web;

/**
 * The frame around every page: its title, who is signed in (null on the sign-in page), their home, the CSRF
 * token for the sign-out form, a one-time message, and the versioned addresses of the stylesheet and script.
 */
public record Chrome(String title, String user, String home, String csrf, Flash flash, String css, String js) {

    public Chrome titled(String newTitle) {
        return new Chrome(newTitle, user, home, csrf, flash, css, js);
    }

    public boolean signedIn() {
        return user != null;
    }

    public boolean staff() {
        return Urls.TEACH.equals(home);
    }
}
