/**
 * Directive declarations and how values are read. Each directive is declared once as a
 * {@link org.jbareos.config.schema.Directive} with its Bareos name, aliases, value type, default
 * and required flag, following Bareos's {@code ResourceItem} tables; a
 * {@link org.jbareos.config.schema.Resource} returns the value or the default.
 */
package org.jbareos.config.schema;
