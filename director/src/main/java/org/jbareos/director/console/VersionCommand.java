package org.jbareos.director.console;

import java.io.IOException;
import org.jbareos.director.DirectorVersion;

/**
 * {@code version} ({@code VersionCmd}): {@code <dir> Version: <full> (<date>) <os> <distname> <distversion>
 * <customversionid>\n} in text, {@code {"version":{"name",...,"customversionid"}}} in JSON (PROTOCOL.md §4.3).
 */
final class VersionCommand implements ConsoleCommand {

  @Override
  public boolean run(ConsoleSession session, CommandLine line) throws IOException {
    ConsoleOutput out = session.output();
    DirectorVersion v = session.director().version();
    out.objectStart("version");
    out.keyValue("name", session.director().directorName(), session.director().directorName() + " ");
    out.keyValue("type", "bareos-director", null);
    out.keyValue("version", v.full(), "Version: " + v.full() + " ");
    out.keyValue("bdate", v.date(), "(" + v.date() + ") ");
    out.keyValue("operatingsystem", v.operatingSystem(), v.operatingSystem() + " ");
    out.keyValue("distname", v.distName(), v.distName() + " ");
    out.keyValue("distversion", v.distVersion(), v.distVersion() + " ");
    out.keyValue("customversionid", "", "\n");
    out.objectEnd();
    return true;
  }
}
