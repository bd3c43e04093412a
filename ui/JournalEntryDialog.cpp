#include "JournalEntryDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>

namespace dozor {

JournalEntryDialog::JournalEntryDialog(
    JournalEntry entry, const Workspace &workspace, const QString &incidentTitle, QWidget *parent)
    : QDialog(parent)
    , m_entry(std::move(entry))
    , m_title(new QLineEdit(this))
    , m_severity(new QComboBox(this))
    , m_target(new QComboBox(this))
    , m_start(new QDateTimeEdit(this))
    , m_ended(new QCheckBox(tr("&Ended:"), this))
    , m_end(new QDateTimeEdit(this))
    , m_what(new QPlainTextEdit(this))
    , m_cause(new QPlainTextEdit(this))
    , m_fix(new QPlainTextEdit(this))
    , m_followUps(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("journalEntryDialog"));
    setWindowTitle(m_entry.id ? tr("Journal entry") : tr("New journal entry"));
    m_title->setObjectName(QStringLiteral("entryTitle"));
    m_title->setPlaceholderText(tr("e.g. 403 for everyone after the 14:00 deploy"));
    m_severity->addItem(tr("Critical"), alertLevelName(AlertLevel::Critical));
    m_severity->addItem(tr("Warning"), alertLevelName(AlertLevel::Warning));
    m_severity->addItem(tr("Info"), alertLevelName(AlertLevel::Info));
    m_target->addItem(tr("(no particular server)"));
    for (const Target &t : workspace.targets)
        m_target->addItem(t.displayName(), t.id);
    for (QDateTimeEdit *edit : {m_start, m_end}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    m_what->setObjectName(QStringLiteral("entryWhat"));
    m_cause->setObjectName(QStringLiteral("entryCause"));
    m_fix->setObjectName(QStringLiteral("entryFix"));
    m_followUps->setObjectName(QStringLiteral("entryFollowUps"));
    m_what->setPlaceholderText(tr("What users saw, what the checks said, what you did"));
    m_cause->setPlaceholderText(tr("Why it happened"));
    m_fix->setPlaceholderText(tr("What fixed it"));
    m_followUps->setPlaceholderText(tr("What is still to do so it does not happen again"));

    m_title->setText(m_entry.title);
    m_severity->setCurrentIndex(
        std::max(0, m_severity->findData(alertLevelName(m_entry.severity))));
    m_target->setCurrentIndex(std::max(0, m_target->findData(m_entry.targetId)));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_start->setDateTime(
        QDateTime::fromMSecsSinceEpoch(m_entry.startedMs ? m_entry.startedMs : now));
    m_ended->setChecked(m_entry.endedMs != 0);
    m_end->setDateTime(QDateTime::fromMSecsSinceEpoch(m_entry.endedMs ? m_entry.endedMs : now));
    m_end->setEnabled(m_ended->isChecked());
    connect(m_ended, &QCheckBox::toggled, m_end, &QWidget::setEnabled);
    m_what->setPlainText(m_entry.what);
    m_cause->setPlainText(m_entry.rootCause);
    m_fix->setPlainText(m_entry.fix);
    m_followUps->setPlainText(m_entry.followUps);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Severity:"), m_severity);
    form->addRow(tr("Se&rver:"), m_target);
    form->addRow(tr("S&tarted:"), m_start);
    form->addRow(m_ended, m_end);
    form->addRow(tr("&What happened:"), m_what);
    form->addRow(tr("Root &cause:"), m_cause);
    form->addRow(tr("&Fix:"), m_fix);
    form->addRow(tr("F&ollow-ups:"), m_followUps);
    if (!m_entry.incidentId.isEmpty()) {
        auto *incident = new QLabel(incidentTitle.isEmpty()
                ? tr("%1 (no longer in the journal)").arg(m_entry.incidentId)
                : incidentTitle,
            this);
        incident->setObjectName(QStringLiteral("entryIncident"));
        incident->setToolTip(tr("Incident %1").arg(m_entry.incidentId));
        incident->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(tr("Incident:"), incident);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &JournalEntryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(640, 640);
}

JournalEntry JournalEntryDialog::entry() const
{
    JournalEntry e = m_entry;
    e.title = m_title->text().trimmed();
    e.severity =
        alertLevelFromName(m_severity->currentData().toString()).value_or(AlertLevel::Warning);
    e.targetId = m_target->currentData().toString();
    e.startedMs = m_start->dateTime().toMSecsSinceEpoch();
    e.endedMs = m_ended->isChecked() ? m_end->dateTime().toMSecsSinceEpoch() : 0;
    e.what = m_what->toPlainText().trimmed();
    e.rootCause = m_cause->toPlainText().trimmed();
    e.fix = m_fix->toPlainText().trimmed();
    e.followUps = m_followUps->toPlainText().trimmed();
    return e;
}

void JournalEntryDialog::accept()
{
    const JournalEntry e = entry();
    QString problem;
    if (e.title.isEmpty())
        problem = tr("Give the entry a title.");
    else if (e.endedMs && e.endedMs < e.startedMs)
        problem = tr("The end is before the start.");
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), problem);
        return;
    }
    Q_EMIT saved(e);
    QDialog::accept();
}

} // namespace dozor
