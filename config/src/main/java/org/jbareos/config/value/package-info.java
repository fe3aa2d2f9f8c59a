/** Typed directive values: passwords, addresses, message destinations, FileSet items, scripts. */
package org.jbareos.config.value;
