package org.jbareos.net.hello;

import java.nio.charset.StandardCharsets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.OptionalInt;
import org.jbareos.net.ProtocolException;
import org.jbareos.net.QualifiedName;
import org.jbareos.net.ResourceType;
import org.jbareos.net.tls.PskIdentity;
import org.junit.jupiter.api.Test;

class HelloTest {
  private static final Optional<BareosVersion> V26 = Optional.of(new BareosVersion(26, 0, 0));

  @Test
  void everyKindFormatsAsBareosSendsIt() {
    assertThat(new Hello.Director("bareos-dir", V26).toWire())
        .isEqualTo("Hello Director bareos-dir calling Version=\"26.0.0\"\n");
    assertThat(new Hello.Director("bareos-dir", Optional.empty()).toWire())
        .isEqualTo("Hello Director bareos-dir calling\n");
    assertThat(new Hello.Client("bareos-fd", OptionalInt.of(54), V26).toWire())
        .isEqualTo("Hello Client bareos-fd FdProtocolVersion=54 calling Version=\"26.0.0\"\n");
    assertThat(new Hello.Client("old-fd", OptionalInt.empty(), Optional.empty()).toWire())
        .isEqualTo("Hello Client old-fd calling\n");
    assertThat(new Hello.StartJob("backup.2026-11-22_02.09.08_03", V26).toWire())
        .isEqualTo("Hello Start Job backup.2026-11-22_02.09.08_03 Version=\"26.0.0\"\n");
    assertThat(new Hello.StartStorageJob("j.1", Optional.empty()).toWire())
        .isEqualTo("Hello Start Storage Job j.1\n");
    assertThat(new Hello.StorageStartJob("j.1", V26).toWire())
        .isEqualTo("Hello Storage calling Start Job j.1 Version=\"26.0.0\"\n");
    assertThat(new Hello.Console("*UserAgent*", Optional.of("26.0.0~pre1298.eda204c31"), V26).toWire())
        .isEqualTo("Hello *UserAgent* calling version 26.0.0~pre1298.eda204c31 Version=\"26.0.0\"\n");
    assertThat(new Hello.Console("admin", Optional.empty(), Optional.empty()).toWire())
        .isEqualTo("Hello admin calling\n");
  }

  @Test
  void namesAreBashedExceptInTheClientHello() throws ProtocolException {
    Hello director = new Hello.Director("my dir", Optional.empty());
    assertThat(director.toWire()).isEqualTo("Hello Director my\u0001dir calling\n");
    assertThat(Hello.parse(director.toWire())).isEqualTo(director);
    assertThat(new Hello.Console("Big Boss", Optional.empty(), Optional.empty()).toWire())
        .isEqualTo("Hello Big\u0001Boss calling\n");
    assertThat(new Hello.Client("my fd", OptionalInt.of(54), Optional.empty()).toWire())
        .isEqualTo("Hello Client my fd FdProtocolVersion=54 calling\n");
  }

  @Test
  void prefixTableOrderDecidesTheType() throws ProtocolException {
    assertThat(Hello.parse("Hello Storage calling Start Job j.1\n")).isInstanceOf(Hello.StorageStartJob.class)
        .extracting(Hello::type, Hello::name).containsExactly(ResourceType.JOB, "j.1");
    assertThat(Hello.parse("Hello Start Storage Job j.2\n").qualifiedName())
        .isEqualTo(new QualifiedName(ResourceType.JOB, "j.2"));
    assertThat(Hello.parse("Hello Start Job j.3\n")).isInstanceOf(Hello.StartJob.class);
    assertThat(Hello.parse("Hello Client fd FdProtocolVersion=51 calling\n"))
        .isEqualTo(new Hello.Client("fd", OptionalInt.of(51), Optional.empty()));
    assertThat(Hello.parse("Hello Director d calling").type()).isEqualTo(ResourceType.DIRECTOR);
    assertThat(Hello.parse("Hello Start calling\n")).isEqualTo(
        new Hello.Console("Start", Optional.empty(), Optional.empty()));
  }

  @Test
  void consoleVersionIsMajorTimes100PlusMinor() throws ProtocolException {
    Hello.Console modern = (Hello.Console) Hello.parse(
        "Hello *UserAgent* calling version 26.0.0~pre1298.eda204c31 Version=\"26.0.0\"\n");
    assertThat(modern.consoleVersion()).hasValue(2600);
    assertThat(((Hello.Console) Hello.parse("Hello admin calling version 18.2.5\n")).consoleVersion()).hasValue(1802);
    assertThat(((Hello.Console) Hello.parse("Hello admin calling\n")).consoleVersion()).isEmpty();
    assertThatThrownBy(() -> Hello.parse("Hello admin calling version banana\n"))
        .isInstanceOf(ProtocolException.class).hasMessageContaining("not N.M");
  }

  @Test
  void malformedAndUnknownHellosAreRefused() {
    for (String bad : new String[] {"Goodbye Director d calling\n", "Hello\n", "Hello Director\n",
        "Hello Director d\n", "Hello Director d calling Version=26\n", "Hello Storage sd calling\n",
        "Hello Director d calling Version=\"1.2.3\" extra\n", "Hello Director " + "x".repeat(128) + " calling\n",
        "Hello  calling\n", "Hello Director d calling\n\n", "Hello Client fd Version=\"1.2.3\" calling\n"}) {
      assertThatThrownBy(() -> Hello.parse(bad)).as(bad).isInstanceOf(ProtocolException.class)
          .hasMessageStartingWith("Malformed hello");
    }
  }

  @Test
  void lengthLimitsOfTheServers() throws ProtocolException {
    HelloLengthLimit.DIRECTOR.check(15, "p");
    HelloLengthLimit.DIRECTOR.check(153, "p");
    assertThatThrownBy(() -> HelloLengthLimit.DIRECTOR.check(154, "127.0.0.1:5"))
        .isInstanceOf(ProtocolException.class).hasMessageStartingWith("Invalid connection from 127.0.0.1:5. Len=154");
    assertThatThrownBy(() -> HelloLengthLimit.STORAGE_DAEMON.check(24, "p")).isInstanceOf(ProtocolException.class);
    HelloLengthLimit.STORAGE_DAEMON.check(158, "p");
    HelloLengthLimit.FILE_DAEMON.check(500, "p");
    assertThatThrownBy(() -> HelloLengthLimit.FILE_DAEMON.check(501, "p")).isInstanceOf(ProtocolException.class);
  }

  @Test
  void qualifiedNameForms() {
    QualifiedName dir = new QualifiedName(ResourceType.DIRECTOR, "bareos-dir");
    assertThat(dir.challengeForm()).isEqualTo("R_DIRECTOR::bareos-dir");
    assertThat(PskIdentity.of(dir).toBytes()).isEqualTo("R_DIRECTOR\u001ebareos-dir".getBytes(StandardCharsets.UTF_8));
    assertThat(PskIdentity.parse("R_JOB\u001ebackup.2026-11-22_02.09.08_03".getBytes(StandardCharsets.UTF_8))
            .flatMap(PskIdentity::qualifiedName))
        .contains(new QualifiedName(ResourceType.JOB, "backup.2026-11-22_02.09.08_03"));
    assertThat(PskIdentity.parse("R_FOO\u001ex".getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(PskIdentity.parse("R_CLIENT".getBytes(StandardCharsets.UTF_8))).isEmpty();
  }
}
