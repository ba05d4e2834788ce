/**
 * The published language of Marquee, shared by the booking server and the desktop clients: typed ids,
 * {@link dev.marquee.model.Money}, paging, problem types and the request and response records of the API.
 *
 * <p>This module depends on no framework. Jakarta Bean Validation and Jackson annotations are plain metadata
 * here: the server enforces them, clients may ignore them.
 */
package dev.marquee.model;
