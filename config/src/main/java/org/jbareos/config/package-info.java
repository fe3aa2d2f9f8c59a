/**
 * The Bareos configuration language and the configurations of the four daemons.
 *
 * <p>Entry points: {@code DirectorConfig.load(path)}, {@code StorageDaemonConfig.load(path)},
 * {@code FileDaemonConfig.load(path)}, {@code ConsoleConfig.load(path)} (typed records), or
 * {@link org.jbareos.config.ConfigLoader#load} with a daemon's schema for the generic
 * {@link org.jbareos.config.schema.Resource}s. {@code path} is what {@code -c} names: a file, or a
 * directory with {@code bareos-dir.conf} or {@code bareos-dir.d/*}{@code /*.conf}
 * ({@link org.jbareos.config.ConfigLocation}). Every problem is a
 * {@link org.jbareos.config.ConfigError} with {@code file:line:column}, all of them thrown
 * together in one {@link org.jbareos.config.ConfigException}.
 *
 * <p>Layers: {@code lex} (tokens), {@code syntax} (resources and directives as written, includes
 * expanded), {@code schema} (directive declarations, value types, binding and checks),
 * {@code value} (typed values: passwords, addresses, message destinations, FileSet items, run
 * scripts), and one package per daemon ({@code dir}, {@code sd}, {@code fd}, {@code console}) with
 * its directive tables, schema and typed resource records.
 */
package org.jbareos.config;
