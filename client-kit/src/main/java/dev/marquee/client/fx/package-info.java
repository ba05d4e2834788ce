/**
 * Shared JavaFX pieces for the Marquee desktop apps: the {@link dev.marquee.client.fx.Theme}, the one threading helper
 * {@link dev.marquee.client.fx.BackgroundTasks}, person-readable errors ({@link dev.marquee.client.fx.ErrorPresenter}),
 * reusable controls ({@link dev.marquee.client.fx.ConnectionIndicator}, {@link dev.marquee.client.fx.QrCodeView}) and
 * the login screen ({@link dev.marquee.client.fx.LoginView} with its {@link dev.marquee.client.fx.LoginViewModel}).
 *
 * <p>Views build nodes and bind; view models hold JavaFX properties and logic and never touch a {@code Node}, so plain
 * unit tests reach them with {@link dev.marquee.client.fx.BackgroundTasks#sameThread()}.
 */
package dev.marquee.client.fx;
