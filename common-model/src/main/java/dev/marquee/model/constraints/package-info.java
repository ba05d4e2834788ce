/**
 * Bean validation constraints of the API records that the standard ones cannot say: bounded amounts of money,
 * lengths in bytes, and which text fields may span several lines.
 */
package dev.marquee.model.constraints;
