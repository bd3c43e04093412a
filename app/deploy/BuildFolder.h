#pragma once

#include "DeployPlans.h"

#include <QString>
#include <QStringList>

#include <atomic>

// A static site's build folder on this computer: read (every file's sha256), and the files a
// deploy uploads laid out in a staging folder. Plain functions for a worker thread.
namespace dozor::BuildFolder {

// Every file (with its size and sha256) and folder under folder, paths relative. Refused in
// words: a missing or empty folder, a link or a special file (a static deploy sends files and
// folders only), a file it cannot read. cancel: stops early (an error "cancelled").
Expected<QList<DeployPlans::TreeEntry>> read(
    const QString &folder, const std::atomic_bool *cancel = nullptr);

// Copies (hard-links where it can) files of folder into staging with the same relative paths.
Expected<void> stage(const QString &folder, const QStringList &files, const QString &staging);

} // namespace dozor::BuildFolder
