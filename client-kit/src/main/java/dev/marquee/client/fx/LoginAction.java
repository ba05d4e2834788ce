package dev.marquee.client.fx;

/**
 * Signs a person in against a server; each app passes one to the {@link LoginViewModel}, typically a call to the REST
 * client's login. It runs off the JavaFX thread and may block.
 */
@FunctionalInterface
public interface LoginAction {

    /**
     * @param serverUrl the server's base address, already checked to be {@code http(s)://…}, without a trailing slash
     * @param username  the user name, trimmed
     * @param password  the password, as typed
     * @return the new session
     * @throws Exception when the login fails; an {@link dev.marquee.client.ApiException} carries words for a person
     */
    Session login(String serverUrl, String username, String password) throws Exception;
}
