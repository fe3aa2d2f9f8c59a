/**
 * Writing Bareos configuration text: {@link org.jbareos.config.text.ResourceText} builds one resource in the syntax
 * the parser reads, and {@link org.jbareos.config.text.FileBackupResources} holds the resources every generated
 * configuration of a disk backup repeats (the quick start, the benchmark, the system tests).
 */
package org.jbareos.config.text;
