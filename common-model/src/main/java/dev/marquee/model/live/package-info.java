/**
 * The live-update protocol spoken over the WebSocket at {@code /ws}: what a client sends
 * ({@link dev.marquee.model.live.ClientMessage}) and what the server pushes ({@link dev.marquee.model.live.ServerMessage}).
 * Every message is a JSON object whose {@code type} member names its record.
 */
package dev.marquee.model.live;
