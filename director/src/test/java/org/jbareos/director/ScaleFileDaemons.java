package org.jbareos.director;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jbareos.config.ConfigLoader;
import org.jbareos.config.fd.FileDaemonConfig;
import org.jbareos.config.fd.FileDaemonSchema;
import org.jbareos.filedaemon.daemon.FileDaemon;
import org.jbareos.filedaemon.daemon.FileDaemonSettings;
import org.jbareos.net.auth.CramSettings;

/**
 * The other JVM of {@link ClientConnectionScaleTest}: {@code count} real File Daemons named {@code scale-fd-<n>},
 * each with {@code Connection From Client To Director = yes} (TLS-PSK, the hello, CRAM-MD5 as every FD dials), so the
 * Director's heap can be measured without theirs. Runs until its standard input closes.
 *
 * <p>Arguments: the Director's port, the count, a working directory.
 */
public final class ScaleFileDaemons {
  private ScaleFileDaemons() {}

  public static void main(String[] args) throws Exception {
    int directorPort = Integer.parseInt(args[0]);
    int count = Integer.parseInt(args[1]);
    Path work = Files.createDirectories(Path.of(args[2]));
    FileDaemonSettings settings = FileDaemonSettings.defaults()
        .listenOn(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
        .withCram(CramSettings.DEFAULT.withFailureDelay(Duration.ZERO))
        .withDialRetry(Duration.ofSeconds(1));
    List<FileDaemon> daemons = new ArrayList<>();
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      daemons.add(FileDaemon.start(config(name(i), directorPort, work), settings));
    }
    System.out.println("started " + count + " file daemons in " + (System.nanoTime() - start) / 1_000_000 + " ms");
    System.out.flush();
    while (System.in.read() >= 0) {
      // the test closes our standard input when it is done
    }
    for (FileDaemon daemon : daemons) {
      daemon.close();
    }
  }

  static String name(int i) {
    return "scale-fd-%04d".formatted(i);
  }

  private static FileDaemonConfig config(String name, int directorPort, Path work) throws Exception {
    return new FileDaemonConfig(ConfigLoader.parse(FileDaemonSchema.SCHEMA, work.resolve(name + ".conf"), """
        Client {
          Name = %s
          Working Directory = "%s"
        }
        Director {
          Name = bareos-dir
          Password = "fd-secret"
          Address = 127.0.0.1
          Port = %d
          Connection From Client To Director = yes
          Connection From Director To Client = no
        }
        Messages {
          Name = Standard
          Director = bareos-dir = all, !skipped, !restored
        }
        """.formatted(name, work, directorPort)));
  }
}
