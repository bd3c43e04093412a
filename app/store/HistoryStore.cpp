#include "HistoryStore.h"

#include "HistoryWriter.h"
#include "core/CrossThread.h"

namespace dozor {

HistoryStore::HistoryStore(QString path, StoreSettings settings, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_settings(settings)
{
    m_thread.setObjectName(QStringLiteral("dozor-history"));
}

HistoryStore::~HistoryStore()
{
    stop();
}

void HistoryStore::start()
{
    if (m_writer)
        return;
    m_writer = new HistoryWriter(m_path);
    m_writer->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_writer, &QObject::deleteLater);
    connect(m_writer, &HistoryWriter::opened, this, &HistoryStore::opened);
    connect(m_writer, &HistoryWriter::committed, this, &HistoryStore::committed);
    connect(m_writer, &HistoryWriter::writeFailed, this, &HistoryStore::writeFailed);
    connect(m_writer, &HistoryWriter::alertsCommitted, this, &HistoryStore::alertsCommitted);
    m_thread.start();
    postTo(m_writer, [writer = m_writer] { writer->open(); });
}

void HistoryStore::submit(const ResultBatch &batch)
{
    if (!m_writer)
        return;
    postTo(m_writer, [writer = m_writer, batch] { writer->write(batch); });
}

void HistoryStore::applyRetention(qint64 nowMs)
{
    if (!m_writer)
        return;
    const StoreSettings s = m_settings;
    postTo(m_writer, [writer = m_writer, nowMs, s] {
        writer->applyRetention(nowMs, s.rawRetentionDays, s.minuteRetentionDays);
    });
}

void HistoryStore::stop()
{
    if (!m_writer)
        return;
    // The writes queued before this call run first, in order, then the file is closed on the
    // writer's own thread and the thread ends. Waiting for that is the one wait, at the end.
    postTo(m_writer, [writer = m_writer] {
        writer->close();
        QThread::currentThread()->quit();
    });
    m_thread.join();
    m_writer = nullptr; // deleted by the thread's finished signal
}

} // namespace dozor
