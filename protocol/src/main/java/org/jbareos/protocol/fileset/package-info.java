/**
 * The FileSet as the Director sends it to the FD after {@code fileset[ vss=1]\n} (PROTOCOL.md §5.2): the model
 * ({@link org.jbareos.protocol.fileset.FileSet}), its item frames ({@link org.jbareos.protocol.fileset.FileSetLines})
 * and the option letters ({@link org.jbareos.protocol.fileset.OptionLetters}).
 */
package org.jbareos.protocol.fileset;
