/**
 * What the FD says about each file (PROTOCOL.md §7.3, §5.4): the attribute record of stream 1 with its {@link
 * org.jbareos.protocol.attributes.FileType} and {@link org.jbareos.protocol.attributes.EncodedStat}, the digests
 * (binary on the wire, standard base64 in the catalog) and the verify lines sent to the Director.
 */
package org.jbareos.protocol.attributes;
