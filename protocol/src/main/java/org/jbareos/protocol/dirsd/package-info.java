/**
 * Director ↔ Storage Daemon messages (PROTOCOL.md §6): the job command and reservation the Director sends, the
 * bootstrap and {@code run}, and what the SD sends back on the job socket: {@code Status}, {@code 3010}/{@code 3099},
 * {@code Jmsg} ({@link org.jbareos.protocol.JobMessage}), catalog requests ({@link
 * org.jbareos.protocol.dirsd.CatalogRequest}) with the Director's answers, and attribute updates ({@link
 * org.jbareos.protocol.dirsd.FileAttributesUpdate}). {@link org.jbareos.protocol.dirsd.DirectorMessageKind} sorts an
 * incoming frame the way {@code BgetDirmsg} does; {@link org.jbareos.protocol.dirsd.StorageDaemonCommand} finds the
 * SD handler for a Director command.
 *
 * <p>Typical backup order on the Director→SD socket (backup-full.txt): {@code JobId=...} → {@code 3000 OK Job} ·
 * {@code getSecureEraseCmd} → {@code 2000 OK SDSecureEraseCmd} · {@code use storage=} / {@code use device=} / EOD /
 * EOD → (CatReq FindMedia ...) {@code 3000 OK use device} · {@code run} → {@code Status ... 70}, {@code 3010},
 * CatReqs, UpdCats, Jmsgs ... {@code 3099 Job ... end} + EOD.
 */
package org.jbareos.protocol.dirsd;
