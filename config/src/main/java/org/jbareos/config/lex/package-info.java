/** Tokens of the Bareos configuration language ({@code core/src/lib/lex.cc}). */
package org.jbareos.config.lex;
