/**
 * Resources and directives as written, with {@code @include}s expanded, before any schema gives
 * them meaning.
 */
package org.jbareos.config.syntax;
