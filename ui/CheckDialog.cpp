#include "CheckDialog.h"

#include "CheckKindFields.h"
#include "RemediationFields.h"
#include "ScreenFit.h"
#include "StatusStyle.h"
#include "core/AlertingJson.h"
#include "core/WorkspaceDocument.h"
#include "core/WorkspaceValidator.h"
#include "monitor/MonitorEngine.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace dozor {

namespace {
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
    , m_limitsForm(new QFormLayout)
    , m_warn(limitBox(this, QStringLiteral("checkWarn")))
    , m_crit(limitBox(this, QStringLiteral("checkCrit")))
    , m_interval(secondsBox(this, QStringLiteral("checkInterval"), 24 * 3600))
    , m_timeout(secondsBox(this, QStringLiteral("checkTimeout"), 300))
    , m_retry(secondsBox(this, QStringLiteral("checkRetryInterval"), 24 * 3600))
    , m_runButton(new QPushButton(tr("&Run now"), this))
    , m_resultIcon(new QLabel(this))
    , m_result(new QLabel(this))
    , m_general(new QLabel(this))
    , m_errors(m_general)
{
    setObjectName(QStringLiteral("checkDialog"));
    setWindowTitle(previousId.isEmpty() ? tr("Add check") : tr("Edit check"));
    // Made here, not in the initialiser list: it registers its fields with m_errors.
    m_kindFields = new CheckKindFields(
        &m_errors, [document] { return document->baseDir(); }, this);
    const IncidentPolicy policy = m_document->workspace().alerts.policy;
    m_failAfter = runsBox(this, QStringLiteral("checkFailThreshold"), policy.failThreshold);
    m_recoverAfter =
        runsBox(this, QStringLiteral("checkRecoverThreshold"), policy.recoverThreshold);
    buildForm();

    for (const Target &t : m_document->workspace().targets)
        m_target->addItem(t.displayName(), t.id);
    for (const CheckKind *kind : checkKinds())
        m_type->addItem(
            QCoreApplication::translate("CheckKind", kind->title), static_cast<int>(kind->type));

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
            m_id->setText(WorkspaceDocument::suggestId(
                name.trimmed().isEmpty() ? defaultName() : name, m_document->checkIds()));
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
    QList<QWidget *> order = {m_target, m_type, m_name, m_id};
    order += m_kindFields->tabOrder();
    order +=
        {m_warn, m_crit, m_interval, m_timeout, m_failAfter, m_recoverAfter, m_retry, m_runButton};
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
    // The placeholder is the default name (updateType()).
    m_id->setObjectName(QStringLiteral("checkId"));
    m_id->setToolTip(tr("A short name used in the workspace file, history and command line"));
    auto *general = new QFormLayout;
    m_errors.addRow(general, tr("&Server:"), m_target, QStringLiteral("target"));
    m_errors.addRow(general, tr("&What to check:"), m_type, QStringLiteral("type"));
    m_errors.addRow(general, tr("&Name:"), m_name, QStringLiteral("name"));
    m_errors.addRow(general, tr("&ID:"), m_id, QStringLiteral("id"));

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
    // 0 shows the default: the smaller of the check's interval and 10 s.
    m_retry->setMinimum(0);
    m_retry->setSpecialValueText(
        tr("default (interval, at most %1 s)").arg(CheckSpec::defaultRetrySec));
    m_errors.addRow(
        m_limitsForm, tr("Retry a failure after:"), m_retry, QStringLiteral("retry_interval"));
    m_retry->setToolTip(tr("After a failed run the check runs again this soon, until an incident "
                           "opens or a run passes, so an outage is confirmed in seconds"));

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

    // The fields scroll on a short screen; the buttons stay in view.
    auto *fields = new QWidget(this);
    auto *fieldsLayout = new QVBoxLayout(fields);
    fieldsLayout->setContentsMargins(0, 0, 0, 0);
    fieldsLayout->addLayout(general);
    fieldsLayout->addWidget(m_kindFields);
    fieldsLayout->addLayout(m_limitsForm);
    m_remediation = new RemediationFields(&m_errors, fields);
    fieldsLayout->addWidget(m_remediation);
    fieldsLayout->addLayout(runRow);
    fieldsLayout->addWidget(m_general);
    fieldsLayout->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new FittingScrollArea(fields, this), 1);
    layout->addWidget(buttons);
}

void CheckDialog::load(const CheckSpec &c)
{
    m_target->setCurrentIndex(qMax(0, m_target->findData(c.targetId)));
    m_type->setCurrentIndex(qMax(0, m_type->findData(static_cast<int>(c.type))));
    m_name->setText(c.name);
    m_id->setText(c.id);
    m_idEdited = !c.id.isEmpty();
    const Thresholds limits = checkKind(c.type).limits(c);
    m_warn->setValue(limits.warn.value_or(0));
    m_crit->setValue(limits.crit.value_or(0));
    m_interval->setValue(c.intervalSec);
    m_timeout->setValue(c.timeoutSec);
    m_failAfter->setValue(c.failThreshold.value_or(0));
    if (m_remediation)
        m_remediation->set(c.remediation);
    m_recoverAfter->setValue(c.recoverThreshold.value_or(0));
    m_retry->setValue(c.retryIntervalSec.value_or(0));
    m_kindFields->load(c);
}

void CheckDialog::applyTypeDefaults()
{
    const CheckKind &kind = checkKind(static_cast<CheckType>(m_type->currentData().toInt()));
    m_warn->setValue(kind.defaultWarn.value_or(0));
    m_crit->setValue(kind.defaultCrit.value_or(0));
}

QString CheckDialog::defaultName() const
{
    const auto type = static_cast<CheckType>(m_type->currentData().toInt());
    const Target *target = m_document->workspace().target(m_target->currentData().toString());
    const QString kind = QCoreApplication::translate("CheckKind", checkKind(type).title);
    return target ? tr("%1 on %2").arg(kind, target->displayName()) : kind;
}

void CheckDialog::updateType()
{
    const auto type = static_cast<CheckType>(m_type->currentData().toInt());
    const Target *target = m_document->workspace().target(m_target->currentData().toString());
    // A check without a name of its own is called by its type and server.
    if (m_previousId.isEmpty())
        m_name->setPlaceholderText(defaultName());
    if (!m_idEdited && m_name->text().trimmed().isEmpty())
        m_id->setText(WorkspaceDocument::suggestId(defaultName(), m_document->checkIds()));
    const bool local = target && target->local;
    const CheckKind &kind = checkKind(type);
    m_kindFields->setType(type);
    // Only numeric checks have thresholds; the others are OK or critical by their own rules.
    m_limitsForm->setRowVisible(m_warn->parentWidget(), kind.hasThresholds());
    m_limitsForm->setRowVisible(m_crit->parentWidget(), kind.defaultCrit.has_value());
    const QString suffix =
        kind.limitSuffix ? QCoreApplication::translate("CheckKind", kind.limitSuffix) : QString();
    m_warn->setSuffix(suffix);
    m_crit->setSuffix(suffix);
    m_warn->setToolTip(
        kind.limitTip ? QCoreApplication::translate("CheckKind", kind.limitTip) : QString());
    if (target && !local && !target->ssh && isHostCheck(type)) {
        m_errors.showGeneral(tr("%1 has no SSH login, so only HTTP(S) requests can check it; "
                                "add host and user with Edit server first.")
                                 .arg(target->displayName()));
    } else {
        m_errors.showGeneral(QString());
    }
    fitHeight();
}

void CheckDialog::fitHeight()
{
    // Once the shown and hidden rows are laid out: the height follows the type's fields, the
    // width stays as the user (or the first layout) left it.
    QTimer::singleShot(0, this, [this] {
        layout()->activate();
        resize(width(), qMax(minimumSizeHint().height(), sizeHint().height()));
        ScreenFit::clampToScreen(this);
    });
}

CheckSpec CheckDialog::check(QList<Diagnostic> *problems) const
{
    // What this dialog does not show (tags, remediation, HTTP headers, body cap …) stays as
    // the workspace has it.
    const CheckSpec *before = m_document->workspace().check(m_previousId);
    const auto type = static_cast<CheckType>(m_type->currentData().toInt());
    // The settings of another type go when the type changes; tags and the remediation stay.
    CheckSpec c = before && before->type == type ? *before : CheckSpec {};
    if (before)
        c.tags = before->tags;
    // Settings the editor does not show (window, cooldown, timeout) stay as they were.
    c.remediation = m_remediation->applied(before ? before->remediation : Remediation {});
    c.warn.reset();
    c.crit.reset();
    c.failThreshold = m_failAfter->value() > 0 ? std::optional(m_failAfter->value()) : std::nullopt;
    c.recoverThreshold =
        m_recoverAfter->value() > 0 ? std::optional(m_recoverAfter->value()) : std::nullopt;
    c.retryIntervalSec = m_retry->value() > 0 ? std::optional(m_retry->value()) : std::nullopt;
    c.name = m_name->text().trimmed();
    if (c.name.isEmpty() && m_previousId.isEmpty()) // an existing check keeps its id as name
        c.name = defaultName();
    c.id = m_id->text().trimmed();
    c.targetId = m_target->currentData().toString();
    c.type = static_cast<CheckType>(m_type->currentData().toInt());
    c.intervalSec = m_interval->value();
    c.timeoutSec = m_timeout->value();
    const CheckKind &kind = checkKind(c.type);
    if (kind.hasThresholds())
        c.warn = m_warn->value();
    if (kind.defaultCrit)
        c.crit = m_crit->value();
    m_kindFields->apply(c, problems, QStringLiteral("check"));
    return c;
}

bool CheckDialog::validate(CheckSpec *out)
{
    QList<Diagnostic> problems;
    *out = check(&problems);
    problems += validateCheck(
        *out, m_document->workspace(), QStringLiteral("check"), m_document->baseDir());
    // The remediation is checked as the file would be, with this check in the workspace.
    qsizetype index = 0;
    const Workspace edited = m_document->withCheck(*out, m_previousId, &index);
    problems += diagnosticsAt(AlertingJson::validate(edited),
        QStringLiteral("checks[%1].remediation").arg(index), QStringLiteral("check.remediation"));
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
    // On a short screen the fields scroll: the result line comes into view.
    if (auto *scroll = findChild<FittingScrollArea *>())
        scroll->ensureWidgetVisible(m_runButton);
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
    if (auto *scroll = findChild<FittingScrollArea *>())
        scroll->ensureWidgetVisible(m_result);
    Q_EMIT runFinished(result);
}

} // namespace dozor
