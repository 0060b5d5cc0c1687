package io.qml4j.runtime.backend.remote;

import io.qml4j.runtime.backend.Counts;
import io.qml4j.runtime.backend.JobStatus;
import java.util.List;

/**
 * One submission to a remote service as {@link RemoteJobs} drives it: submit once, poll until
 * done, read the results; cancel at any time. Methods are called from one job thread at a time,
 * except {@link #cancel()}, which may come from a caller's thread.
 */
public interface RemoteRun {
  /** Sends the circuits to the service. */
  void submit();

  /**
   * Asks the service where the submission is.
   *
   * @return {@link JobStatus#QUEUED}, {@link JobStatus#RUNNING} or {@link JobStatus#DONE}
   * @throws RemoteBackendException if the service reports the job failed or cancelled
   */
  JobStatus poll();

  /** The counts of every circuit, in submission order, once {@link #poll()} said done. */
  List<Counts> results();

  /** Asks the service to cancel; does nothing if nothing was submitted yet. */
  void cancel();
}
