/**
 * Live updates pushed by the server over its WebSocket: {@link dev.marquee.client.live.LiveUpdates} subscribes to
 * topics, resumes them after a reconnect without missing or repeating an update, and reports the connection state.
 */
package dev.marquee.client.live;
