#include "MaintenanceWindowDialog.h"

#include "core/Maintenance.h"
#include "core/WorkspaceDocument.h"
#include "core/WorkspaceValidator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

namespace dozor {

namespace {
// "Sun 6 Dec, 03:00" in the reader's language.
QString whenText(qint64 ms)
{
    return QLocale().toString(
        QDateTime::fromMSecsSinceEpoch(ms), QStringLiteral("ddd d MMM, HH:mm"));
}
} // namespace

MaintenanceWindowDialog::MaintenanceWindowDialog(
    WorkspaceDocument *document, const QString &previousId, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_previousId(previousId)
    , m_id(new QLineEdit(this))
    , m_target(new QComboBox(this))
    , m_repeat(new QComboBox(this))
    , m_start(new QDateTimeEdit(this))
    , m_end(new QDateTimeEdit(this))
    , m_at(new QTimeEdit(this))
    , m_minutes(new QSpinBox(this))
    , m_daysRow(new QWidget(this))
    , m_zone(new QComboBox(this))
    , m_reason(new QLineEdit(this))
    , m_next(new QLabel(this))
    , m_general(new QLabel(this))
    , m_errors(m_general)
{
    setObjectName(QStringLiteral("maintenanceWindowDialog"));
    setWindowTitle(
        previousId.isEmpty() ? tr("Add maintenance window") : tr("Edit maintenance window"));
    m_id->setObjectName(QStringLiteral("windowId"));
    m_id->setToolTip(tr("A short name the journal and the command line show"));
    m_target->setObjectName(QStringLiteral("windowTarget"));
    m_target->addItem(tr("All servers"), QString());
    for (const Target &t : document->workspace().targets)
        m_target->addItem(t.displayName(), t.id);
    m_repeat->setObjectName(QStringLiteral("windowRepeat"));
    m_repeat->addItem(tr("Once"), static_cast<int>(MaintenanceWindow::Repeat::Once));
    m_repeat->addItem(tr("Every day"), static_cast<int>(MaintenanceWindow::Repeat::Daily));
    m_repeat->addItem(
        tr("On chosen days of the week"), static_cast<int>(MaintenanceWindow::Repeat::Weekly));
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm");
    for (QDateTimeEdit *edit : {m_start, m_end}) {
        edit->setDisplayFormat(format);
        edit->setCalendarPopup(true);
    }
    m_start->setObjectName(QStringLiteral("windowStart"));
    m_end->setObjectName(QStringLiteral("windowEnd"));
    m_at->setObjectName(QStringLiteral("windowAt"));
    m_at->setDisplayFormat(QStringLiteral("HH:mm"));
    m_minutes->setObjectName(QStringLiteral("windowMinutes"));
    m_minutes->setRange(1, 7 * 24 * 60);
    m_minutes->setSuffix(tr(" min"));
    auto *daysLayout = new QHBoxLayout(m_daysRow);
    daysLayout->setContentsMargins(0, 0, 0, 0);
    for (int day = 1; day <= 7; ++day) {
        auto *box = new QCheckBox(QLocale().dayName(day, QLocale::ShortFormat), m_daysRow);
        box->setObjectName(QStringLiteral("windowDay%1").arg(day));
        daysLayout->addWidget(box);
        m_days.append(box);
    }
    daysLayout->addStretch(1);
    m_zone->setObjectName(QStringLiteral("windowZone"));
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    m_zone->addItem(
        tr("This computer's (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())),
        QString());
    for (const QByteArray &zone : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(zone), QString::fromUtf8(zone));
    m_zone->setToolTip(tr("The window keeps its time of day in this zone (an IANA name such "
                          "as Europe/Moscow), wherever this computer is"));
    m_reason->setObjectName(QStringLiteral("windowReason"));
    m_reason->setPlaceholderText(tr("e.g. nightly backup, kernel updates"));
    m_next->setObjectName(QStringLiteral("windowNext"));
    m_next->setWordWrap(true);

    auto *form = new QFormLayout;
    m_errors.addRow(form, tr("&Reason:"), m_reason, QStringLiteral("reason"));
    m_errors.addRow(form, tr("&Server:"), m_target, QStringLiteral("target"));
    m_errors.addRow(form, tr("&Repeats:"), m_repeat, QStringLiteral("every"));
    m_errors.addRow(form, tr("&From:"), m_start, QStringLiteral("start"));
    m_errors.addRow(form, tr("&Until:"), m_end, QStringLiteral("end"));
    m_errors.addRow(form, tr("&Days:"), m_daysRow, QStringLiteral("days"));
    m_errors.addRow(form, tr("&At:"), m_at, QStringLiteral("at"));
    m_errors.addRow(form, tr("&For:"), m_minutes, QStringLiteral("minutes"));
    m_errors.addRow(form, tr("Time &zone:"), m_zone, QStringLiteral("time_zone"));
    m_errors.addRow(form, tr("&ID:"), m_id, QStringLiteral("id"));
    form->addRow(QString(), m_next);
    m_form = form;

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("windowSave"));
    connect(buttons, &QDialogButtonBox::accepted, this, &MaintenanceWindowDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MaintenanceWindowDialog::reject);
    m_general->setObjectName(QStringLiteral("windowError"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_general);
    layout->addStretch(1);
    layout->addWidget(buttons);

    // A new window: the next full hour for an hour, or nightly at 03:00 on Sundays.
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime hour(now.date(), QTime(now.time().hour(), 0));
    m_start->setDateTime(hour.addSecs(3600));
    m_end->setDateTime(hour.addSecs(2 * 3600));
    m_at->setTime(QTime(3, 0));
    m_minutes->setValue(60);
    m_days.constLast()->setChecked(true);
    if (const MaintenanceWindow *existing = [&]() -> const MaintenanceWindow * {
            for (const MaintenanceWindow &w : document->workspace().maintenance) {
                if (!previousId.isEmpty() && w.id == previousId)
                    return &w;
            }
            return nullptr;
        }()) {
        m_id->setText(existing->id);
        m_idEdited = true;
        m_reason->setText(existing->reason);
        m_target->setCurrentIndex(std::max(0, m_target->findData(existing->targetId)));
        m_repeat->setCurrentIndex(m_repeat->findData(static_cast<int>(existing->repeat)));
        if (existing->start.isValid())
            m_start->setDateTime(existing->start.toLocalTime());
        if (existing->end.isValid())
            m_end->setDateTime(existing->end.toLocalTime());
        if (const auto at = parseTimeOfDay(existing->at))
            m_at->setTime(QTime(*at / 60, *at % 60));
        m_minutes->setValue(existing->durationMin);
        if (existing->repeat == MaintenanceWindow::Repeat::Weekly) {
            for (int day = 1; day <= 7; ++day)
                m_days.at(day - 1)->setChecked(existing->weekdays.contains(day));
        }
        if (!existing->timeZone.isEmpty()) {
            const int at = m_zone->findData(existing->timeZone);
            if (at >= 0)
                m_zone->setCurrentIndex(at);
            else
                m_zone->setEditText(existing->timeZone);
        }
    }
    auto suggestId = [this] {
        if (m_idEdited)
            return;
        QStringList taken;
        for (const MaintenanceWindow &w : m_document->workspace().maintenance)
            taken.append(w.id);
        const QString reason = m_reason->text().trimmed();
        m_id->setText(WorkspaceDocument::suggestId(
            reason.isEmpty() ? QStringLiteral("maintenance") : reason.left(40), taken));
    };
    connect(m_id, &QLineEdit::textEdited, this, [this] { m_idEdited = true; });
    connect(m_reason, &QLineEdit::textChanged, this, suggestId);
    connect(
        m_repeat, &QComboBox::currentIndexChanged, this, &MaintenanceWindowDialog::updateRepeat);
    for (QDateTimeEdit *edit : {m_start, m_end})
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &MaintenanceWindowDialog::updateNext);
    connect(m_at, &QTimeEdit::timeChanged, this, &MaintenanceWindowDialog::updateNext);
    connect(m_minutes, &QSpinBox::valueChanged, this, &MaintenanceWindowDialog::updateNext);
    connect(m_zone, &QComboBox::currentTextChanged, this, &MaintenanceWindowDialog::updateNext);
    for (QCheckBox *box : std::as_const(m_days))
        connect(box, &QCheckBox::toggled, this, &MaintenanceWindowDialog::updateNext);
    suggestId();
    updateRepeat();
    m_reason->setFocus();
    resize(560, sizeHint().height());
}

MaintenanceWindow MaintenanceWindowDialog::window() const
{
    MaintenanceWindow w;
    w.id = m_id->text().trimmed();
    w.targetId = m_target->currentData().toString();
    w.reason = m_reason->text().trimmed();
    w.repeat = static_cast<MaintenanceWindow::Repeat>(m_repeat->currentData().toInt());
    if (w.repeat == MaintenanceWindow::Repeat::Once) {
        // Kept with this computer's offset, so the file says exactly when.
        const auto withOffset = [](const QDateTime &local) {
            return local.toOffsetFromUtc(local.offsetFromUtc());
        };
        w.start = withOffset(m_start->dateTime());
        w.end = withOffset(m_end->dateTime());
        return w;
    }
    w.at = m_at->time().toString(QStringLiteral("HH:mm"));
    w.durationMin = m_minutes->value();
    if (w.repeat == MaintenanceWindow::Repeat::Weekly) {
        for (int day = 1; day <= 7; ++day) {
            if (m_days.at(day - 1)->isChecked())
                w.weekdays.append(day);
        }
    }
    const QString zoneText = m_zone->currentText().trimmed();
    w.timeZone =
        m_zone->currentIndex() == 0 && zoneText == m_zone->itemText(0) ? QString() : zoneText;
    return w;
}

void MaintenanceWindowDialog::updateRepeat()
{
    const auto repeat = static_cast<MaintenanceWindow::Repeat>(m_repeat->currentData().toInt());
    const bool once = repeat == MaintenanceWindow::Repeat::Once;
    // FieldErrors puts each field in a container with its message line.
    m_form->setRowVisible(m_start->parentWidget(), once);
    m_form->setRowVisible(m_end->parentWidget(), once);
    m_form->setRowVisible(m_daysRow->parentWidget(), repeat == MaintenanceWindow::Repeat::Weekly);
    for (QWidget *w : {static_cast<QWidget *>(m_at), static_cast<QWidget *>(m_minutes),
             static_cast<QWidget *>(m_zone)})
        m_form->setRowVisible(w->parentWidget(), !once);
    updateNext();
}

void MaintenanceWindowDialog::updateNext()
{
    const MaintenanceWindow w = window();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (w.repeat != MaintenanceWindow::Repeat::Once && !w.timeZone.isEmpty()
        && !QTimeZone(w.timeZone.toUtf8()).isValid()) {
        m_next->setText(tr("Unknown time zone: use a name from the list."));
        return;
    }
    if (w.repeat == MaintenanceWindow::Repeat::Once && w.end <= w.start) {
        m_next->setText(tr("Until must be later than From."));
        return;
    }
    if (w.repeat == MaintenanceWindow::Repeat::Weekly && w.weekdays.isEmpty()) {
        m_next->setText(tr("Choose at least one day."));
        return;
    }
    if (const auto active = maintenanceAt(w, now)) {
        m_next->setText(tr("In effect now, until %1.").arg(whenText(active->endMs)));
        return;
    }
    const auto next = nextMaintenanceStart(w, now);
    const auto occurrence = next ? maintenanceAt(w, *next) : std::nullopt;
    const QString end = occurrence
        ? QLocale().toString(
            QDateTime::fromMSecsSinceEpoch(occurrence->endMs).time(), QStringLiteral("HH:mm"))
        : QString();
    if (occurrence && w.repeat != MaintenanceWindow::Repeat::Once && !w.timeZone.isEmpty())
        m_next->setText(
            tr("Next: %1 – %2 (this computer's time).").arg(whenText(occurrence->startMs), end));
    else if (occurrence)
        m_next->setText(tr("Next: %1 – %2.").arg(whenText(occurrence->startMs), end));
    else if (w.repeat == MaintenanceWindow::Repeat::Once && w.end.isValid()
        && w.end.toMSecsSinceEpoch() <= now)
        m_next->setText(tr("This window is over."));
    else
        m_next->setText(tr("Not within the next eight days."));
}

void MaintenanceWindowDialog::accept()
{
    const MaintenanceWindow w = window();
    qsizetype index = 0;
    const Workspace edited = m_document->withWindow(w, m_previousId, &index);
    QList<Diagnostic> problems = diagnosticsAt(validateWorkspace(edited, QString()),
        QStringLiteral("maintenance[%1]").arg(index), QStringLiteral("window"));
    for (const MaintenanceWindow &other : m_document->workspace().maintenance) {
        if (other.id == w.id && other.id != m_previousId)
            problems.append({Diagnostic::Severity::Error, QStringLiteral("window.id"),
                tr("is already used by another window")});
    }
    if (m_errors.show(problems, QStringLiteral("window")))
        return;
    if (const auto saved = m_document->putWindow(w, m_previousId); !saved) {
        m_errors.showGeneral(saved.error());
        return;
    }
    m_savedId = w.id;
    QDialog::accept();
}

} // namespace dozor
