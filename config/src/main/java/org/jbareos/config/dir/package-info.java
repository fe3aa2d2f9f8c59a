/**
 * The Director's configuration ({@code core/src/dird/dird_conf.cc}): directive tables per
 * resource type, JobDefs inheritance, typed records and {@link org.jbareos.config.dir.DirectorConfig}.
 */
package org.jbareos.config.dir;
