/**
 * The Storage Daemon's File devices and volumes: the configured {@link org.jbareos.storage.device.Device}s, their
 * reservation for a job ({@link org.jbareos.storage.device.ReservationDialog}, {@link
 * org.jbareos.storage.device.StorageDevices}), the catalog requests about volumes ({@link
 * org.jbareos.storage.device.VolumeCatalogClient}), and making a volume ready to append to: find, label, check the end
 * of data, count mounts and jobs ({@link org.jbareos.storage.device.AppendMount}). PROTOCOL.md §6, §8.
 */
package org.jbareos.storage.device;
