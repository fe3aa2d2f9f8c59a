package org.jbareos.config.dir;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jbareos.config.ConfigErrors;
import org.jbareos.config.schema.Directive;
import org.jbareos.config.schema.Resource;
import org.jbareos.config.schema.Setting;
import org.jbareos.config.value.RunScript;

/**
 * JobDefs inheritance as Bareos does it ({@code dird_conf.cc:PopulateJobdefaults},
 * {@code PropagateJobdefs}): a Job (or JobDefs) takes every directive it does not set from the
 * JobDefs it names, a JobDefs from its own JobDefs first; the JobDefs' Run Scripts are added to the
 * Job's own. Afterwards a Job must name a Client and a FileSet (except Copy and Migrate jobs) and
 * have a Storage directly or through its Pool ({@code JobResource::Validate}).
 */
final class JobDefsInheritance {

  private static final Set<Directive<?>> RUN_SCRIPTS = Set.of(JobDirectives.RUN_SCRIPT,
      JobDirectives.RUN_BEFORE_JOB, JobDirectives.RUN_AFTER_JOB,
      JobDirectives.RUN_AFTER_FAILED_JOB, JobDirectives.CLIENT_RUN_BEFORE_JOB,
      JobDirectives.CLIENT_RUN_AFTER_JOB);

  private final ConfigErrors errors;
  private final Map<String, Resource> jobDefs = new HashMap<>();
  private final Map<String, Resource> resolved = new HashMap<>();
  private final Map<String, Resource> pools = new HashMap<>();

  JobDefsInheritance(ConfigErrors errors) {
    this.errors = errors;
  }

  List<Resource> complete(List<Resource> resources) {
    for (Resource r : resources) {
      if (r.type() == JobDirectives.JOBDEFS_TYPE) {
        jobDefs.put(r.name(), r);
      } else if (r.type() == PoolDirectives.TYPE) {
        pools.put(r.name(), r);
      }
    }
    List<Resource> out = new ArrayList<>();
    for (Resource r : resources) {
      if (r.type() == JobDirectives.JOB_TYPE || r.type() == JobDirectives.JOBDEFS_TYPE) {
        Resource complete = resolve(r, new ArrayList<>());
        if (r.type() == JobDirectives.JOB_TYPE) {
          checkJob(complete);
        }
        out.add(complete);
      } else {
        out.add(r);
      }
    }
    return out;
  }

  private Resource resolve(Resource job, List<String> chain) {
    String parentName = job.find(JobDirectives.JOB_DEFS).orElse(null);
    if (parentName == null) {
      return job;
    }
    Resource parent = jobDefs.get(parentName);
    if (parent == null) {
      return job;
    }
    if (chain.contains(parent.name()) || parent == job) {
      errors.add(job.positionOf(JobDirectives.JOB_DEFS).orElse(job.position()),
          "JobDefs '" + parentName + "' inherits from itself: expected a JobDefs chain without loop");
      return job;
    }
    chain.add(job.name());
    Resource completeParent = resolved.get(parent.name());
    if (completeParent == null) {
      completeParent = resolve(parent, chain);
      resolved.put(parent.name(), completeParent);
    }
    Map<Directive<?>, Setting> settings = new LinkedHashMap<>(job.settings());
    for (var entry : completeParent.settings().entrySet()) {
      Directive<?> d = entry.getKey();
      if (d == JobDirectives.NAME || d == JobDirectives.JOB_DEFS || d == JobDirectives.DESCRIPTION) {
        continue;
      }
      Setting own = settings.get(d);
      Setting inherited = new Setting(entry.getValue().value(), entry.getValue().position(),
          parent.name());
      if (own == null) {
        settings.put(d, inherited);
      } else if (RUN_SCRIPTS.contains(d)) {
        List<RunScript> all = new ArrayList<>(runScripts(own));
        all.addAll(runScripts(inherited));
        settings.put(d, new Setting(List.copyOf(all), own.position(), null));
      }
    }
    return new Resource(job.type(), job.name(), job.position(), settings);
  }

  @SuppressWarnings("unchecked")
  private static List<RunScript> runScripts(Setting s) {
    return (List<RunScript>) s.value();
  }

  private void checkJob(Resource job) {
    String type = job.get(JobDirectives.TYPE);
    if ("Copy".equals(type) || "Migrate".equals(type)) {
      return;
    }
    if (type == null) {
      return;
    }
    if (!job.isSet(JobDirectives.CLIENT)) {
      errors.add(job.position(), "missing required directive 'Client' in Job '" + job.name()
          + "' (only Copy and Migrate jobs go without)");
    }
    if (!job.isSet(JobDirectives.FILE_SET)) {
      errors.add(job.position(), "missing required directive 'FileSet' in Job '" + job.name()
          + "' (only Copy and Migrate jobs go without)");
    }
    Resource pool = job.find(JobDirectives.POOL).map(pools::get).orElse(null);
    boolean poolHasStorage = pool != null && pool.isSet(PoolDirectives.STORAGE);
    if (!job.isSet(JobDirectives.STORAGE) && job.isSet(JobDirectives.POOL) && pool != null
        && !poolHasStorage) {
      errors.add(job.position(), "no Storage in Job '" + job.name() + "' nor in its Pool '"
          + pool.name() + "': expected a 'Storage' directive in one of them");
    }
  }
}
