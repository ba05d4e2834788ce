/** Records of the reporting API: sales figures of an event for dashboards. */
package dev.marquee.model.reporting;
