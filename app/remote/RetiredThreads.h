#pragma once

namespace dozor {

class WorkerThread;

// Threads whose owner let go of them without waiting: a worker told to stop (its cancel
// flag set, its thread asked to quit) may still be inside a blocking call — a libssh login
// to a server that does not answer — and the caller (the GUI thread above all) must not
// wait for that. A retired thread deletes itself once it has finished; the ones still
// running when the application object is destroyed are waited for there (up to 30 s in
// all: most waits check their cancel flag, but a blocking libssh login lasts until its own
// timeout) and deleted, so no thread outlives the process's clean-up and nothing leaks.
// Call it before telling the thread to end (the last event posted to it quits it: posted
// events still queued behind a quit() are never delivered). Needs a QCoreApplication; call
// from any thread.
void retireThread(WorkerThread *thread);

// Threads retired and not finished yet (tests).
int retiredThreadsRunning();

} // namespace dozor
