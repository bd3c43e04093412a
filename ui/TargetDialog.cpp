#include "TargetDialog.h"

#include "HostKeyPrompt.h"
#include "ScreenFit.h"
#include "StatusStyle.h"
#include "core/DefaultWorkspace.h"
#include "core/SshConfigImport.h"
#include "core/WorkspaceDocument.h"
#include "core/WorkspaceValidator.h"
#include "core/checks/CheckKind.h"
#include "remote/ConnectionTest.h"
#include "remote/KnownHosts.h"
#include "secrets/SecretStore.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dozor {

TargetDialog::TargetDialog(WorkspaceDocument *document, const QString &previousId, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_previousId(previousId)
    , m_name(new QLineEdit(this))
    , m_id(new QLineEdit(this))
    , m_local(new QRadioButton(tr("This computer"), this))
    , m_ssh(new QRadioButton(tr("A server reached over SSH"), this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_user(new QLineEdit(this))
    , m_jumps(new QLineEdit(this))
    , m_auth(new QComboBox(this))
    , m_keyRow(new QWidget(this))
    , m_keyFile(new QLineEdit(m_keyRow))
    , m_hasPassphrase(new QCheckBox(tr("The key has a passphrase"), this))
    , m_secret(new QLineEdit(this))
    , m_secretLabel(nullptr)
    , m_secrets(new SecretStore(SecretStore::defaultService(), this))
    , m_testButton(new QPushButton(tr("&Test connection"), this))
    , m_testResult(new QLabel(this))
    , m_tags(new QLineEdit(this))
    , m_general(new QLabel(this))
    , m_errors(m_general)
{
    setObjectName(QStringLiteral("targetDialog"));
    setWindowTitle(previousId.isEmpty() ? tr("Add server") : tr("Edit server"));
    m_name->setObjectName(QStringLiteral("targetName"));
    m_name->setPlaceholderText(tr("e.g. Web shop (production)"));
    m_id->setObjectName(QStringLiteral("targetId"));
    m_id->setToolTip(tr("A short name used in the workspace file, history and command line"));
    m_local->setObjectName(QStringLiteral("targetLocal"));
    m_ssh->setObjectName(QStringLiteral("targetSsh"));
    m_host->setObjectName(QStringLiteral("targetHost"));
    m_host->setPlaceholderText(tr("host name or IP address"));
    m_port->setObjectName(QStringLiteral("targetPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(22);
    m_user->setObjectName(QStringLiteral("targetUser"));
    m_user->setPlaceholderText(tr("login name (empty: your own)"));
    m_jumps->setObjectName(QStringLiteral("targetJumps"));
    m_jumps->setPlaceholderText(tr("none; or e.g. me@bastion.example:2222"));
    m_jumps->setToolTip(tr("Jump hosts (OpenSSH's ProxyJump) to pass through, in order, "
                           "comma-separated. Each logs in with ssh-agent, or with the key file "
                           "its entry names in the workspace file, and its host key is checked "
                           "like the server's."));
    m_auth->setObjectName(QStringLiteral("targetAuth"));
    m_auth->addItem(tr("ssh-agent"), static_cast<int>(SshAuthMethod::Agent));
    m_auth->addItem(tr("Private key file"), static_cast<int>(SshAuthMethod::KeyFile));
    m_auth->addItem(tr("Password"), static_cast<int>(SshAuthMethod::Password));
    m_keyFile->setObjectName(QStringLiteral("targetKeyFile"));
    m_keyFile->setPlaceholderText(tr("e.g. ~/.ssh/id_ed25519"));
    auto *browse = new QPushButton(tr("Browse…"), m_keyRow);
    connect(browse, &QPushButton::clicked, this, [this] {
        auto *picker =
            new QFileDialog(this, tr("Private key"), QDir::home().filePath(QStringLiteral(".ssh")));
        picker->setAttribute(Qt::WA_DeleteOnClose);
        picker->setFileMode(QFileDialog::ExistingFile);
        picker->setFilter(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        connect(picker, &QFileDialog::fileSelected, m_keyFile, &QLineEdit::setText);
        picker->open();
    });
    auto *keyLayout = new QHBoxLayout(m_keyRow);
    keyLayout->setContentsMargins(0, 0, 0, 0);
    keyLayout->addWidget(m_keyFile, 1);
    keyLayout->addWidget(browse);
    m_keyRow->setObjectName(QStringLiteral("targetKeyRow"));
    m_hasPassphrase->setObjectName(QStringLiteral("targetHasPassphrase"));
    m_secret->setObjectName(QStringLiteral("targetSecret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("kept in the system keychain; empty keeps the stored one"));
    m_tags->setObjectName(QStringLiteral("targetTags"));
    m_tags->setPlaceholderText(tr("e.g. production, shop"));

    auto *kinds = new QButtonGroup(this);
    kinds->addButton(m_local);
    kinds->addButton(m_ssh);
    auto *kindRow = new QWidget(this);
    auto *kindLayout = new QHBoxLayout(kindRow);
    kindLayout->setContentsMargins(0, 0, 0, 0);
    kindLayout->addWidget(m_ssh);
    kindLayout->addWidget(m_local);
    kindLayout->addStretch(1);

    auto *form = new QFormLayout;
    m_errors.addRow(form, tr("&Name:"), m_name, QStringLiteral("name"));
    m_errors.addRow(form, tr("&ID:"), m_id, QStringLiteral("id"));
    form->addRow(tr("Kind:"), kindRow);
    m_errors.addRow(form, tr("&Host:"), m_host, QStringLiteral("ssh.host"));
    m_errors.addRow(form, tr("&Port:"), m_port, QStringLiteral("ssh.port"));
    m_errors.addRow(form, tr("&User:"), m_user, QStringLiteral("ssh.user"));
    m_errors.addRow(form, tr("&Jump hosts:"), m_jumps, QStringLiteral("ssh.jump"));
    m_errors.addRow(form, tr("&Log in with:"), m_auth, QStringLiteral("ssh.auth"));
    m_errors.addRow(form, tr("&Key file:"), m_keyRow, QStringLiteral("ssh.key_file"));
    form->addRow(QString(), m_hasPassphrase);
    m_errors.addRow(form, tr("Pass&word:"), m_secret, QStringLiteral("secret"));
    m_secretLabel = qobject_cast<QLabel *>(form->labelForField(m_secret->parentWidget()));
    m_errors.addRow(form, tr("&Tags:"), m_tags, QStringLiteral("tags"));
    if (previousId.isEmpty()) {
        // A new server comes with the host checks everybody adds first.
        m_standardRow = new QWidget(this);
        m_standardRow->setObjectName(QStringLiteral("targetStandardChecks"));
        m_standardRow->setToolTip(tr("Checks added with the server, with the default limits "
                                     "(change them later on the server's page)"));
        auto *row = new QHBoxLayout(m_standardRow);
        row->setContentsMargins(0, 0, 0, 0);
        for (const CheckType type : standardHostCheckTypes()) {
            auto *box = new QCheckBox(standardHostCheckName(type), m_standardRow);
            box->setObjectName(QStringLiteral("standardCheck_") + checkTypeName(type));
            box->setProperty("checkType", static_cast<int>(type));
            box->setChecked(true);
            row->addWidget(box);
            m_standard.append(box);
        }
        row->addStretch(1);
        form->addRow(tr("Add checks:"), m_standardRow);
    }
    m_form = form;

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("targetSave"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TargetDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TargetDialog::reject);

    m_testButton->setObjectName(QStringLiteral("targetTest"));
    m_testButton->setToolTip(tr("Connect, check the host key, log in and run the probe with "
                                "the settings as entered, without saving them (Ctrl+T)"));
    m_testButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_testResult->setObjectName(QStringLiteral("targetTestResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::PlainText);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_testButton, &QPushButton::clicked, this, &TargetDialog::testConnection);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton, 0, Qt::AlignTop);
    testRow->addWidget(m_testResult, 1);

    // The fields scroll on a short screen; the buttons stay in view.
    auto *fields = new QWidget(this);
    auto *fieldsLayout = new QVBoxLayout(fields);
    fieldsLayout->setContentsMargins(0, 0, 0, 0);
    fieldsLayout->addLayout(form);
    fieldsLayout->addLayout(testRow);
    m_general->setObjectName(QStringLiteral("targetError"));
    fieldsLayout->addWidget(m_general);
    fieldsLayout->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new FittingScrollArea(fields, this), 1);
    layout->addWidget(buttons);

    const Target *existing = m_document->workspace().target(previousId);
    if (existing) {
        m_name->setText(existing->name);
        m_id->setText(existing->id);
        m_idEdited = true;
        m_local->setChecked(existing->local);
        m_ssh->setChecked(!existing->local);
        if (existing->ssh) {
            m_host->setText(existing->ssh->host);
            m_port->setValue(existing->ssh->port);
            m_user->setText(existing->ssh->user);
            m_jumps->setText(jumpListText(existing->ssh->jump));
            m_auth->setCurrentIndex(m_auth->findData(static_cast<int>(existing->ssh->auth)));
            m_keyFile->setText(existing->ssh->keyFile);
            m_hasPassphrase->setChecked(existing->ssh->hasPassphrase);
        }
        m_tags->setText(existing->tags.join(QStringLiteral(", ")));
    } else {
        m_ssh->setChecked(true);
    }
    // The id follows the name until the user types one.
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &name) {
        if (!m_idEdited)
            m_id->setText(WorkspaceDocument::suggestId(name, m_document->targetIds()));
    });
    connect(m_id, &QLineEdit::textEdited, this, [this] { m_idEdited = true; });
    connect(m_local, &QRadioButton::toggled, this, &TargetDialog::updateKind);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &TargetDialog::updateKind);
    connect(m_hasPassphrase, &QCheckBox::toggled, this, &TargetDialog::updateKind);
    updateKind();
    // Typing starts with the name, not in a radio button (where the space bar would switch
    // the kind).
    m_name->setFocus();
    resize(480, sizeHint().height());
}

void TargetDialog::updateKind()
{
    const bool ssh = m_ssh->isChecked();
    m_host->setEnabled(ssh);
    m_port->setEnabled(ssh);
    m_user->setEnabled(ssh);
    m_jumps->setEnabled(ssh);
    m_auth->setEnabled(ssh);
    m_testButton->setEnabled(ssh && !(m_test && m_test->isRunning()));
    const auto auth = static_cast<SshAuthMethod>(m_auth->currentData().toInt());
    const bool key = ssh && auth == SshAuthMethod::KeyFile;
    const bool password = ssh && auth == SshAuthMethod::Password;
    m_form->setRowVisible(m_keyRow->parentWidget(), key);
    m_form->setRowVisible(m_hasPassphrase, key);
    m_form->setRowVisible(
        m_secret->parentWidget(), password || (key && m_hasPassphrase->isChecked()));
    if (m_secretLabel)
        m_secretLabel->setText(password ? tr("Pass&word:") : tr("Pass&phrase:"));
    adjustSize();
    ScreenFit::clampToScreen(this);
}

QList<CheckSpec> TargetDialog::newChecks() const
{
    QList<CheckType> types;
    for (const QCheckBox *box : m_standard) {
        if (box->isChecked())
            types.append(static_cast<CheckType>(box->property("checkType").toInt()));
    }
    if (types.isEmpty())
        return {};
    const QString id = m_id->text().trimmed();
    return standardHostChecks(id, id, m_document->checkIds(), types);
}

Target TargetDialog::target() const
{
    Target t;
    t.id = m_id->text().trimmed();
    t.name = m_name->text().trimmed();
    t.local = m_local->isChecked();
    if (!t.local) {
        SshEndpoint ssh;
        ssh.host = m_host->text().trimmed();
        ssh.port = m_port->value();
        ssh.user = m_user->text().trimmed();
        // Unparsable text is reported by validate(); a jump host keeps the key file its
        // entry in the file names.
        const Target *before = m_document->workspace().target(m_previousId);
        for (SshJump j : parseJumpList(m_jumps->text()).value_or(QList<SshJump>())) {
            if (before && before->ssh) {
                for (const SshJump &old : before->ssh->jump) {
                    if (old.host == j.host && old.port == j.port && old.user == j.user)
                        j.keyFile = old.keyFile;
                }
            }
            ssh.jump.append(j);
        }
        ssh.auth = static_cast<SshAuthMethod>(m_auth->currentData().toInt());
        if (ssh.auth == SshAuthMethod::KeyFile) {
            ssh.keyFile = m_keyFile->text().trimmed();
            ssh.hasPassphrase = m_hasPassphrase->isChecked();
        }
        t.ssh = ssh;
    }
    for (const QString &tag : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty())
            t.tags.append(tag.trimmed());
    }
    return t;
}

bool TargetDialog::validate()
{
    const Target t = target();
    QList<Diagnostic> problems = validateTarget(t, QStringLiteral("target"));
    if (const auto jumps = parseJumpList(m_jumps->text()); !t.local && !jumps)
        problems.append(
            {Diagnostic::Severity::Error, QStringLiteral("target.ssh.jump"), jumps.error()});
    if (t.id != m_previousId && m_document->workspace().target(t.id))
        problems.append({Diagnostic::Severity::Error, QStringLiteral("target.id"),
            tr("is already used by another server")});
    return !m_errors.show(problems, QStringLiteral("target"));
}

void TargetDialog::accept()
{
    if (!validate())
        return;
    const Target t = target();
    const auto kind = SecretStore::neededBy(t);
    const QByteArray secret = m_secret->text().toUtf8();
    // A renamed server (or one whose login changed) leaves a secret under its old name,
    // removed once the workspace is saved.
    const Target *before = m_document->workspace().target(m_previousId);
    QString oldKey;
    bool sameKind = false;
    if (const auto oldKind = before ? SecretStore::neededBy(*before) : std::nullopt) {
        oldKey = SecretStore::keyFor(m_document->path(), m_previousId, *oldKind);
        sameKind = kind && *kind == *oldKind;
    }
    const QString newKey = kind ? SecretStore::keyFor(m_document->path(), t.id, *kind) : QString();
    const QString staleKey = oldKey != newKey ? oldKey : QString();
    if (kind && secret.isEmpty() && !staleKey.isEmpty() && sameKind) {
        // The stored secret follows the server's new id: copied now, the old entry removed
        // only once the workspace is saved (and the copy removed if it is not).
        setEnabled(false);
        m_secrets->copy(
            oldKey, newKey, this, [this, t, staleKey, newKey](const Expected<void> &copied) {
                setEnabled(true);
                if (!copied) {
                    m_errors.show({{Diagnostic::Severity::Error, QStringLiteral("target.secret"),
                                      tr("the stored secret could not follow the new id: %1")
                                          .arg(copied.error())}},
                        QStringLiteral("target"));
                    return;
                }
                save(t, staleKey, newKey);
            });
        return;
    }
    if (!kind || secret.isEmpty()) {
        save(t, staleKey);
        return;
    }
    // The secret first: if the keychain refuses it, the workspace is left as it was.
    setEnabled(false);
    m_secrets->write(newKey, secret, this, [this, t, staleKey](const Expected<void> &stored) {
        setEnabled(true);
        if (!stored) {
            m_errors.show({{Diagnostic::Severity::Error, QStringLiteral("target.secret"),
                              tr("not saved: %1").arg(stored.error())}},
                QStringLiteral("target"));
            return;
        }
        m_secret->clear();
        save(t, staleKey);
    });
}

void TargetDialog::setKnownHostsFiles(const QString &dozorFile, const QString &userFile)
{
    if (!m_test)
        m_test = new ConnectionTest(this);
    m_test->setKnownHostsFiles(dozorFile, userFile);
}

void TargetDialog::testConnection()
{
    if (!validate())
        return;
    const Target t = target();
    if (!t.ssh)
        return;
    m_testButton->setEnabled(false);
    m_testResult->setText(tr("Connecting to %1…").arg(t.ssh->host));
    const auto kind = SecretStore::neededBy(t);
    const QByteArray typed = m_secret->text().toUtf8();
    if (!kind || !typed.isEmpty()) {
        runTest(t, typed);
        return;
    }
    // Nothing typed: the one in the keychain, if there is one (the test then says so).
    m_secrets->read(SecretStore::keyFor(m_document->path(), t.id, *kind), this,
        [this, t](const Expected<QByteArray> &stored) { runTest(t, stored.value_or({})); });
}

void TargetDialog::runTest(const Target &t, const QByteArray &secret)
{
    if (!m_test)
        m_test = new ConnectionTest(this);
    m_test->disconnect(this);
    connect(m_test, &ConnectionTest::finished, this,
        [this, t, secret](const ConnectionTest::Report &r) {
            if (r.unknownKey) {
                const HostKeyInfo key = *r.unknownKey;
                m_testResult->setText(tr("The host key of %1 is not known yet.").arg(t.ssh->host));
                HostKeyPrompt::ask(
                    this, t.displayName(), key, [this, t, secret, key](bool trusted) {
                        if (!trusted) {
                            m_testButton->setEnabled(true);
                            m_testResult->setText(
                                tr("✗ Stopped at the host key: not trusted, so nothing "
                                   "was sent to %1.")
                                    .arg(t.ssh->host));
                            Q_EMIT testFinished(false);
                            return;
                        }
                        if (const auto added = KnownHosts::add(key, m_test->dozorKnownHostsFile());
                            !added) {
                            m_testButton->setEnabled(true);
                            m_testResult->setText(
                                tr("✗ Cannot remember the host key: %1").arg(added.error()));
                            Q_EMIT testFinished(false);
                            return;
                        }
                        runTest(t, secret);
                    });
                return;
            }
            static const char *const steps[] = {QT_TR_NOOP("connecting"),
                QT_TR_NOOP("checking the host key"), QT_TR_NOOP("logging in"),
                QT_TR_NOOP("running the probe")};
            m_testButton->setEnabled(true);
            QStringList lines {r.ok ? tr("✓ %1").arg(r.message)
                                    : tr("✗ Failed while %1: %2")
                                          .arg(tr(steps[static_cast<int>(r.reached)]), r.message)};
            // The checks that would be added, tried on what the probe saw.
            for (const CheckResult &check : r.checks) {
                const CheckSpec *spec = nullptr;
                const QList<CheckSpec> planned = newChecks();
                for (const CheckSpec &c : planned) {
                    if (c.id == check.checkId)
                        spec = &c;
                }
                lines.append(tr("%1 %2: %3 — %4")
                                 .arg(check.status == Status::Ok        ? QStringLiteral("✓")
                                         : check.status == Status::Warn ? QStringLiteral("⚠")
                                                                        : QStringLiteral("✗"),
                                     spec ? spec->name : check.checkId,
                                     StatusStyle::label(check.status), check.reason));
            }
            m_testResult->setText(lines.join(QLatin1Char('\n')));
            Q_EMIT testFinished(r.ok);
        });
    m_test->start(t, secret, newChecks());
}

void TargetDialog::save(const Target &t, const QString &staleKey, const QString &copiedKey)
{
    if (const auto saved = m_document->putTarget(t, m_previousId, newChecks()); !saved) {
        m_errors.showGeneral(saved.error());
        if (!copiedKey.isEmpty()) // the workspace keeps the old id: so does the secret
            m_secrets->remove(copiedKey, this, [](const Expected<void> &) {});
        return;
    }
    m_savedId = t.id;
    if (staleKey.isEmpty()) {
        QDialog::accept();
        return;
    }
    setEnabled(false);
    m_secrets->remove(staleKey, this, [this](const Expected<void> &removed) {
        setEnabled(true);
        if (!removed)
            QMessageBox::warning(this, windowTitle(),
                tr("The server was saved, but its old keychain entry could not be removed: %1")
                    .arg(removed.error()));
        QDialog::accept();
    });
}

} // namespace dozor
