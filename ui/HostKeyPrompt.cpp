#include "HostKeyPrompt.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

namespace dozor {

namespace {
struct PromptText {
    Q_DECLARE_TR_FUNCTIONS(HostKeyPrompt)
};
std::optional<bool> nextAnswer;

// The name part of the server's key file: ssh_host_<name>_key.pub.
QString hostKeyFileName(const QString &keyType)
{
    if (keyType.startsWith(QLatin1String("ecdsa")))
        return QStringLiteral("ecdsa");
    if (keyType.contains(QLatin1String("ed25519")))
        return QStringLiteral("ed25519");
    return QStringLiteral("rsa");
}
} // namespace

void HostKeyPrompt::setNextAnswer(std::optional<bool> answer)
{
    nextAnswer = answer;
}

void HostKeyPrompt::ask(QWidget *parent, const QString &serverName, const HostKeyInfo &key,
    std::function<void(bool trusted)> done)
{
    if (nextAnswer) {
        const bool answer = *std::exchange(nextAnswer, std::nullopt);
        QTimer::singleShot(0, parent, [done = std::move(done), answer] { done(answer); });
        return;
    }
    auto *box = new QMessageBox(parent);
    box->setObjectName(QStringLiteral("hostKeyPrompt"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Question);
    box->setWindowTitle(PromptText::tr("Unknown host key"));
    box->setText(PromptText::tr("%1 (%2) presents a host key Dozor has not seen before:")
                     .arg(serverName.toHtmlEscaped(), key.knownHostsName().toHtmlEscaped())
        + QStringLiteral("<br><br><tt>%1<br>%2</tt>").arg(key.keyType, key.fingerprint));
    box->setInformativeText(PromptText::tr(
        "Compare it with the server's own fingerprint (on the server: ssh-keygen -lf "
        "/etc/ssh/ssh_host_%1_key.pub) before you trust it. Once trusted, a different key from "
        "this server is refused.")
                                .arg(hostKeyFileName(key.keyType)));
    auto *trust = box->addButton(PromptText::tr("&Trust and connect"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    QObject::connect(box, &QMessageBox::finished, box,
        [box, trust, done = std::move(done)] { done(box->clickedButton() == trust); });
    box->open();
}

} // namespace dozor
