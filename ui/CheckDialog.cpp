#include "CheckDialog.h"

#include "HostCheckFields.h"
#include "StatusStyle.h"
#include "core/WorkspaceDocument.h"
#include "core/WorkspaceValidator.h"
#include "monitor/MonitorEngine.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dozor {

namespace {
QString typeLabel(CheckType type)
{
    switch (type) {
    case CheckType::Http:
        return CheckDialog::tr("HTTP(S) request");
    case CheckType::Cpu:
        return CheckDialog::tr("CPU use");
    case CheckType::Load:
        return CheckDialog::tr("Load per core");
    case CheckType::Memory:
        return CheckDialog::tr("Memory use");
    case CheckType::Disk:
        return CheckDialog::tr("Disk and inode use");
    case CheckType::Uptime:
        return CheckDialog::tr("Uptime (reboot detection)");
    case CheckType::Service:
        return CheckDialog::tr("systemd units");
    case CheckType::Process:
        return CheckDialog::tr("Process count");
    case CheckType::Path:
        return CheckDialog::tr("Path ownership and permissions");
    case CheckType::Log:
        return CheckDialog::tr("Log error rate");
    case CheckType::Command:
        return CheckDialog::tr("Custom command");
    }
    return {};
}

QDoubleSpinBox *limitBox(QWidget *parent, const QString &name)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(name);
    box->setRange(0, 1e9);
    box->setDecimals(2);
    return box;
}

QSpinBox *secondsBox(QWidget *parent, const QString &name, int max)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(1, max);
    box->setSuffix(CheckDialog::tr(" s"));
    return box;
}
// Runs in a row before an incident opens or closes; 0 shows the workspace's own number.
QSpinBox *runsBox(QWidget *parent, const QString &name, int workspaceDefault)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(0, 100);
    box->setSpecialValueText(
        CheckDialog::tr("as the workspace (%1 in a row)").arg(workspaceDefault));
    box->setSuffix(CheckDialog::tr(" in a row"));
    return box;
}
} // namespace

CheckDialog::CheckDialog(WorkspaceDocument *document, MonitorEngine *engine,
    const QString &previousId, const QString &targetId, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_previousId(previousId)
    , m_engine(engine)
    , m_target(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_id(new QLineEdit(this))
    , m_httpBox(new QGroupBox(tr("HTTP(S)"), this))
    , m_url(new QLineEdit(m_httpBox))
    , m_method(new QComboBox(m_httpBox))
    , m_expect(new QLineEdit(m_httpBox))
    , m_follow(new QCheckBox(tr("Follow redirects"), m_httpBox))
    , m_keyword(new QLineEdit(m_httpBox))
    , m_keywordAbsent(new QLineEdit(m_httpBox))
    , m_tlsWarn(new QSpinBox(m_httpBox))
    , m_tlsCrit(new QSpinBox(m_httpBox))
    , m_caFile(new QLineEdit(m_httpBox))
    , m_limitsForm(new QFormLayout)
    , m_warn(limitBox(this, QStringLiteral("checkWarn")))
    , m_crit(limitBox(this, QStringLiteral("checkCrit")))
    , m_diskBox(new QGroupBox(tr("Disk"), this))
    , m_mounts(new QLineEdit(m_diskBox))
    , m_inodesWarn(limitBox(m_diskBox, QStringLiteral("checkInodesWarn")))
    , m_inodesCrit(limitBox(m_diskBox, QStringLiteral("checkInodesCrit")))
    , m_interval(secondsBox(this, QStringLiteral("checkInterval"), 24 * 3600))
    , m_timeout(secondsBox(this, QStringLiteral("checkTimeout"), 300))
    , m_runButton(new QPushButton(tr("&Run now"), this))
    , m_resultIcon(new QLabel(this))
    , m_result(new QLabel(this))
    , m_general(new QLabel(this))
    , m_errors(m_general)
{
    setObjectName(QStringLiteral("checkDialog"));
    setWindowTitle(previousId.isEmpty() ? tr("Add check") : tr("Edit check"));
    // Made here, not in the initialiser list: it registers its fields with m_errors.
    m_hostFields = new HostCheckFields(&m_errors, this);
    const IncidentPolicy policy = m_document->workspace().alerts.policy;
    m_failAfter = runsBox(this, QStringLiteral("checkFailThreshold"), policy.failThreshold);
    m_recoverAfter =
        runsBox(this, QStringLiteral("checkRecoverThreshold"), policy.recoverThreshold);
    buildForm();

    for (const Target &t : m_document->workspace().targets)
        m_target->addItem(t.displayName(), t.id);
    for (CheckType type : {CheckType::Http, CheckType::Cpu, CheckType::Load, CheckType::Memory,
             CheckType::Disk, CheckType::Uptime, CheckType::Service, CheckType::Process,
             CheckType::Path, CheckType::Log, CheckType::Command})
        m_type->addItem(typeLabel(type), static_cast<int>(type));

    if (const CheckSpec *existing = m_document->workspace().check(previousId)) {
        load(*existing);
    } else {
        CheckSpec fresh;
        fresh.targetId = targetId;
        // A new HTTP check goes to the first server that is not this computer, if any.
        if (fresh.targetId.isEmpty()) {
            for (const Target &t : m_document->workspace().targets) {
                if (!t.local) {
                    fresh.targetId = t.id;
                    break;
                }
            }
        }
        fresh.intervalSec = 60;
        fresh.timeoutSec = 10;
        load(fresh);
        applyTypeDefaults();
    }

    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &name) {
        if (!m_idEdited)
            m_id->setText(WorkspaceDocument::suggestId(name, m_document->checkIds()));
    });
    connect(m_id, &QLineEdit::textEdited, this, [this] { m_idEdited = true; });
    connect(m_target, &QComboBox::currentIndexChanged, this, &CheckDialog::updateType);
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        applyTypeDefaults();
        updateType();
    });
    connect(m_runButton, &QPushButton::clicked, this, &CheckDialog::runNow);
    updateType();
    // Fields were moved into their rows' containers, which scrambles the default order.
    QList<QWidget *> order = {m_target, m_type, m_name, m_id, m_url, m_method, m_expect, m_follow,
        m_keyword, m_keywordAbsent, m_tlsWarn, m_tlsCrit, m_caFile, m_mounts, m_inodesWarn,
        m_inodesCrit};
    order += m_hostFields->tabOrder();
    order += {m_warn, m_crit, m_interval, m_timeout, m_runButton};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    m_name->setFocus(); // then Tab: ID, URL …
    resize(560, sizeHint().height());
}

CheckDialog::~CheckDialog() = default;

void CheckDialog::buildForm()
{
    m_target->setObjectName(QStringLiteral("checkTarget"));
    m_type->setObjectName(QStringLiteral("checkType"));
    m_name->setObjectName(QStringLiteral("checkName"));
    m_name->setPlaceholderText(tr("e.g. Shop home page"));
    m_id->setObjectName(QStringLiteral("checkId"));
    m_id->setToolTip(tr("A short name used in the workspace file, history and command line"));
    m_url->setObjectName(QStringLiteral("checkUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://example.com/health"));
    m_method->setObjectName(QStringLiteral("checkMethod"));
    m_method->setEditable(true);
    m_method->addItems({QStringLiteral("GET"), QStringLiteral("HEAD"), QStringLiteral("POST"),
        QStringLiteral("OPTIONS")});
    m_expect->setObjectName(QStringLiteral("checkExpect"));
    m_expect->setPlaceholderText(tr("any 2xx; or e.g. 200, 301"));
    m_follow->setObjectName(QStringLiteral("checkFollow"));
    m_keyword->setObjectName(QStringLiteral("checkKeyword"));
    m_keyword->setPlaceholderText(tr("text the page must contain"));
    m_keywordAbsent->setObjectName(QStringLiteral("checkKeywordAbsent"));
    m_keywordAbsent->setPlaceholderText(tr("e.g. Traceback, Maintenance"));
    m_tlsWarn->setObjectName(QStringLiteral("checkTlsWarn"));
    m_tlsCrit->setObjectName(QStringLiteral("checkTlsCrit"));
    for (QSpinBox *days : {m_tlsWarn, m_tlsCrit}) {
        days->setRange(0, 3650);
        days->setSuffix(tr(" days"));
    }
    m_caFile->setObjectName(QStringLiteral("checkCaFile"));
    m_caFile->setPlaceholderText(tr("only for a private CA (PEM file)"));
    auto *browse = new QPushButton(tr("Browse…"), m_httpBox);
    connect(browse, &QPushButton::clicked, this, [this] {
        auto *picker = new QFileDialog(this, tr("CA certificates (PEM)"), m_document->baseDir(),
            tr("PEM files (*.pem *.crt);;All files (*)"));
        picker->setAttribute(Qt::WA_DeleteOnClose);
        picker->setFileMode(QFileDialog::ExistingFile);
        connect(picker, &QFileDialog::fileSelected, m_caFile, &QLineEdit::setText);
        picker->open();
    });
    auto *caRow = new QWidget(m_httpBox);
    auto *caLayout = new QHBoxLayout(caRow);
    caLayout->setContentsMargins(0, 0, 0, 0);
    caLayout->addWidget(m_caFile, 1);
    caLayout->addWidget(browse);
    caRow->setObjectName(QStringLiteral("checkCaRow"));

    auto *general = new QFormLayout;
    m_errors.addRow(general, tr("&Server:"), m_target, QStringLiteral("target"));
    m_errors.addRow(general, tr("&What to check:"), m_type, QStringLiteral("type"));
    m_errors.addRow(general, tr("&Name:"), m_name, QStringLiteral("name"));
    m_errors.addRow(general, tr("&ID:"), m_id, QStringLiteral("id"));

    auto *http = new QFormLayout(m_httpBox);
    m_errors.addRow(http, tr("&URL:"), m_url, QStringLiteral("http.url"));
    m_errors.addRow(http, tr("&Method:"), m_method, QStringLiteral("http.method"));
    m_errors.addRow(http, tr("&Expected status:"), m_expect, QStringLiteral("http.expect_status"));
    http->addRow(QString(), m_follow);
    m_errors.addRow(http, tr("Page &contains:"), m_keyword, QStringLiteral("http.keyword"));
    m_errors.addRow(http, tr("Page must &not contain:"), m_keywordAbsent,
        QStringLiteral("http.keyword_absent"));
    m_errors.addRow(
        http, tr("Certificate warning at:"), m_tlsWarn, QStringLiteral("http.tls_warn_days"));
    m_errors.addRow(
        http, tr("Certificate critical at:"), m_tlsCrit, QStringLiteral("http.tls_crit_days"));
    m_errors.addRow(http, tr("CA file:"), caRow, QStringLiteral("http.ca_file"));

    m_mounts->setObjectName(QStringLiteral("checkMounts"));
    m_mounts->setPlaceholderText(tr("every real filesystem; or e.g. /, /var"));
    auto *disk = new QFormLayout(m_diskBox);
    m_errors.addRow(disk, tr("M&ount points:"), m_mounts, QStringLiteral("mounts"));
    m_errors.addRow(disk, tr("Inodes warning at:"), m_inodesWarn, QStringLiteral("inodes_warn"));
    m_errors.addRow(disk, tr("Inodes critical at:"), m_inodesCrit, QStringLiteral("inodes_crit"));
    m_inodesWarn->setSuffix(tr(" %"));
    m_inodesCrit->setSuffix(tr(" %"));

    m_errors.addRow(m_limitsForm, tr("&Warning at:"), m_warn, QStringLiteral("warn"));
    m_errors.addRow(m_limitsForm, tr("C&ritical at:"), m_crit, QStringLiteral("crit"));
    m_errors.addRow(m_limitsForm, tr("Check &every:"), m_interval, QStringLiteral("interval"));
    m_errors.addRow(m_limitsForm, tr("&Timeout:"), m_timeout, QStringLiteral("timeout"));
    m_errors.addRow(
        m_limitsForm, tr("Incident after:"), m_failAfter, QStringLiteral("fail_threshold"));
    m_failAfter->setToolTip(tr("Failed runs in a row before an incident opens and an alert goes "
                               "out; until then the check shows PENDING"));
    m_errors.addRow(
        m_limitsForm, tr("Resolved after:"), m_recoverAfter, QStringLiteral("recover_threshold"));
    m_recoverAfter->setToolTip(tr("Good runs in a row before the incident closes"));

    m_runButton->setObjectName(QStringLiteral("checkRunNow"));
    m_runButton->setToolTip(tr("Run the check as entered, without saving it (Ctrl+R)"));
    m_runButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    if (!m_engine) {
        m_runButton->setEnabled(false);
        m_runButton->setToolTip(tr("Checks run only while monitoring runs"));
    }
    m_result->setObjectName(QStringLiteral("checkResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resultIcon->setFixedSize(20, 20);
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_runButton);
    runRow->addWidget(m_resultIcon);
    runRow->addWidget(m_result, 1);

    m_general->setObjectName(QStringLiteral("checkError"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("checkSave"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CheckDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CheckDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(general);
    layout->addWidget(m_httpBox);
    layout->addWidget(m_diskBox);
    layout->addWidget(m_hostFields);
    layout->addLayout(m_limitsForm);
    layout->addLayout(runRow);
    layout->addWidget(m_general);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

void CheckDialog::load(const CheckSpec &c)
{
    m_target->setCurrentIndex(qMax(0, m_target->findData(c.targetId)));
    m_type->setCurrentIndex(qMax(0, m_type->findData(static_cast<int>(c.type))));
    m_name->setText(c.name);
    m_id->setText(c.id);
    m_idEdited = !c.id.isEmpty();
    m_url->setText(c.http.url.toString());
    m_method->setCurrentText(QString::fromLatin1(c.http.method));
    QStringList codes;
    for (int code : c.http.expectStatus)
        codes.append(QString::number(code));
    m_expect->setText(codes.join(QStringLiteral(", ")));
    m_follow->setChecked(c.http.followRedirects);
    m_keyword->setText(c.http.keyword);
    m_keywordAbsent->setText(c.http.keywordAbsent);
    m_tlsWarn->setValue(c.http.tlsWarnDays);
    m_tlsCrit->setValue(c.http.tlsCritDays);
    m_caFile->setText(c.http.caFile);
    m_warn->setValue(c.warn.value_or(defaults::warnFor(c.type)));
    m_crit->setValue(c.crit ? *c.crit : defaults::critFor(c.type).value_or(0));
    m_mounts->setText(c.mounts.join(QStringLiteral(", ")));
    m_inodesWarn->setValue(c.inodesWarn.value_or(defaults::diskWarn));
    m_inodesCrit->setValue(c.inodesCrit.value_or(defaults::diskCrit));
    m_interval->setValue(c.intervalSec);
    m_timeout->setValue(c.timeoutSec);
    m_failAfter->setValue(c.failThreshold.value_or(0));
    m_recoverAfter->setValue(c.recoverThreshold.value_or(0));
    m_hostFields->load(c);
}

void CheckDialog::applyTypeDefaults()
{
    const auto type = static_cast<CheckType>(m_type->currentData().toInt());
    m_warn->setValue(defaults::warnFor(type));
    m_crit->setValue(defaults::critFor(type).value_or(0));
}

void CheckDialog::updateType()
{
    const auto type = static_cast<CheckType>(m_type->currentData().toInt());
    const Target *target = m_document->workspace().target(m_target->currentData().toString());
    const bool local = target && target->local;
    m_httpBox->setVisible(type == CheckType::Http);
    m_diskBox->setVisible(type == CheckType::Disk);
    m_hostFields->setType(type);
    // Only numeric checks have thresholds; the others are OK or critical by their own rules.
    const bool limits = hasThresholds(type);
    m_limitsForm->setRowVisible(m_warn->parentWidget(), limits);
    m_limitsForm->setRowVisible(m_crit->parentWidget(), limits && type != CheckType::Uptime);
    QString suffix;
    switch (type) {
    case CheckType::Http:
        suffix = tr(" ms");
        m_warn->setToolTip(tr("Response time that makes the check a warning"));
        break;
    case CheckType::Cpu:
    case CheckType::Memory:
    case CheckType::Disk:
        suffix = tr(" %");
        m_warn->setToolTip(tr("Percentage used that makes the check a warning"));
        break;
    case CheckType::Load:
        m_warn->setToolTip(tr("5-minute load average per CPU core"));
        break;
    case CheckType::Uptime:
        suffix = tr(" s");
        m_warn->setToolTip(tr("Warn when the machine has been up for less than this (a reboot)"));
        break;
    case CheckType::Log:
        suffix = tr(" /min");
        m_warn->setToolTip(tr("New matching lines per minute that make the check a warning"));
        break;
    case CheckType::Service:
    case CheckType::Process:
    case CheckType::Path:
    case CheckType::Command:
        break;
    }
    m_warn->setSuffix(suffix);
    m_crit->setSuffix(suffix);
    if (target && !local && !target->ssh && isHostCheck(type)) {
        m_errors.showGeneral(tr("%1 has no SSH login, so only HTTP(S) requests can check it; "
                                "add host and user with Edit server first.")
                                 .arg(target->displayName()));
    } else {
        m_errors.showGeneral(QString());
    }
    adjustSize();
}

CheckSpec CheckDialog::check(QList<Diagnostic> *problems) const
{
    // What this dialog does not show (tags, remediation, HTTP headers, body cap …) stays as
    // the workspace has it.
    const CheckSpec *before = m_document->workspace().check(m_previousId);
    CheckSpec c = before ? *before : CheckSpec {};
    c.warn.reset();
    c.crit.reset();
    c.mounts.clear();
    c.inodesWarn.reset();
    c.inodesCrit.reset();
    c.http.expectStatus.clear();
    c.failThreshold = m_failAfter->value() > 0 ? std::optional(m_failAfter->value()) : std::nullopt;
    c.recoverThreshold =
        m_recoverAfter->value() > 0 ? std::optional(m_recoverAfter->value()) : std::nullopt;
    c.id = m_id->text().trimmed();
    c.name = m_name->text().trimmed();
    c.targetId = m_target->currentData().toString();
    c.type = static_cast<CheckType>(m_type->currentData().toInt());
    c.intervalSec = m_interval->value();
    c.timeoutSec = m_timeout->value();
    const bool limits = hasThresholds(c.type);
    if (limits)
        c.warn = m_warn->value();
    if (limits && c.type != CheckType::Uptime)
        c.crit = m_crit->value();
    if (c.type == CheckType::Disk) {
        for (const QString &m : m_mounts->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!m.trimmed().isEmpty())
                c.mounts.append(m.trimmed());
        }
        c.inodesWarn = m_inodesWarn->value();
        c.inodesCrit = m_inodesCrit->value();
    }
    m_hostFields->apply(c);
    if (c.type != CheckType::Http)
        return c;
    c.http.url = QUrl(m_url->text().trimmed(), QUrl::StrictMode);
    c.http.method = m_method->currentText().trimmed().toUpper().toLatin1();
    const QStringList codes = m_expect->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (int i = 0; i < codes.size(); ++i) {
        bool ok = false;
        const int code = codes.at(i).trimmed().toInt(&ok);
        if (ok)
            c.http.expectStatus.append(code);
        else if (problems)
            problems->append(
                {Diagnostic::Severity::Error, QStringLiteral("check.http.expect_status[%1]").arg(i),
                    tr("\"%1\" is not a status code; list codes like 200, 301")
                        .arg(codes.at(i).trimmed())});
    }
    c.http.followRedirects = m_follow->isChecked();
    c.http.keyword = m_keyword->text();
    c.http.keywordAbsent = m_keywordAbsent->text();
    c.http.tlsWarnDays = m_tlsWarn->value();
    c.http.tlsCritDays = m_tlsCrit->value();
    c.http.caFile = m_caFile->text().trimmed();
    return c;
}

bool CheckDialog::validate(CheckSpec *out)
{
    QList<Diagnostic> problems;
    *out = check(&problems);
    problems += validateCheck(
        *out, m_document->workspace(), QStringLiteral("check"), m_document->baseDir());
    if (out->id != m_previousId && m_document->workspace().check(out->id))
        problems.append({Diagnostic::Severity::Error, QStringLiteral("check.id"),
            tr("is already used by another check")});
    return !m_errors.show(problems, QStringLiteral("check"));
}

void CheckDialog::accept()
{
    CheckSpec c;
    if (!validate(&c))
        return;
    if (const auto saved = m_document->putCheck(c, m_previousId); !saved) {
        m_errors.showGeneral(saved.error());
        return;
    }
    m_savedId = c.id;
    QDialog::accept();
}

void CheckDialog::runNow()
{
    if (!m_engine)
        return;
    CheckSpec c;
    if (!validate(&c))
        return;
    const Target *target = m_document->workspace().target(c.targetId);
    if (!target)
        return;
    m_runButton->setEnabled(false);
    m_resultIcon->clear();
    m_result->setText(tr("Running…"));
    m_engine->runCheckOnce(
        c, *target, this, [this, generation = ++m_runGeneration](const CheckResult &result) {
            if (generation == m_runGeneration)
                showResult(result);
        });
}

void CheckDialog::showResult(const CheckResult &result)
{
    m_runButton->setEnabled(true);
    m_resultIcon->setPixmap(StatusStyle::icon(result.status).pixmap(20, 20));
    m_result->setText(tr("%1 in %2 ms: %3")
                          .arg(StatusStyle::label(result.status))
                          .arg(result.durationMs)
                          .arg(result.reason));
    Q_EMIT runFinished(result);
}

} // namespace dozor
