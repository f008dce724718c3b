// SPDX-License-Identifier: GPL-3.0-or-later
#include "firstrundialog.h"
#include "ui_firstrundialog.h"

#include "connectionurls.h"
#include "demodatabase.h"
#include "profilestore.h"

#include "storage/databaseurl.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>

namespace ServiceDeck::Views {

namespace {

QString appDataFile(const QString &name)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(name);
}

QString sqliteUrl(const QString &path)
{
    return QStringLiteral("sqlite:") + QDir::fromNativeSeparators(path);
}

} // namespace

FirstRunDialog::FirstRunDialog(ProfileStore &store, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FirstRunDialog>())
    , m_store(store)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("firstRunDialog"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Start"));
    m_ui->replicaEdit->setText(
        QDir::toNativeSeparators(appDataFile(QStringLiteral("replica.db"))));
    m_ui->keychainLabel->setText(keychainNote(m_store.keepsPasswords()));

    for (QRadioButton *radio :
         {m_ui->demoRadio, m_ui->emptyRadio, m_ui->directRadio, m_ui->cachedRadio})
        connect(radio, &QRadioButton::toggled, this, [this] { updatePage(); });
    connect(m_ui->directTestButton, &QPushButton::clicked, this, [this] {
        testConnection(m_ui->directUrlEdit->text(), m_ui->directPasswordEdit->text());
    });
    connect(m_ui->hubTestButton, &QPushButton::clicked, this, [this] {
        testConnection(m_ui->hubUrlEdit->text(), m_ui->hubPasswordEdit->text());
    });
    connect(m_ui->replicaBrowseButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Replica File"), m_ui->replicaEdit->text(),
            tr("SQLite databases (*.db *.sqlite);;All files (*)"), nullptr,
            QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            m_ui->replicaEdit->setText(QDir::toNativeSeparators(path));
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);
    updatePage();
}

FirstRunDialog::~FirstRunDialog() = default;

QString FirstRunDialog::keychainNote(bool keepsPasswords)
{
    return keepsPasswords
        ? tr("Passwords are kept in the system keychain, never in ServiceDeck's settings.")
        : tr("No keychain service is running: a password is kept in memory only until "
             "ServiceDeck quits, and asked for again at the next start. It is never written "
             "to ServiceDeck's settings.");
}

void FirstRunDialog::updatePage()
{
    m_ui->testResultLabel->clear();
    if (m_ui->directRadio->isChecked()) {
        m_ui->detailsStack->setCurrentWidget(m_ui->directPage);
    } else if (m_ui->cachedRadio->isChecked()) {
        m_ui->detailsStack->setCurrentWidget(m_ui->cachedPage);
    } else {
        m_ui->detailsStack->setCurrentWidget(m_ui->standalonePage);
        const QString path = m_ui->demoRadio->isChecked()
            ? DemoDatabase::newPath()
            : Storage::DatabaseUrl::defaultUrl().path;
        m_ui->standalonePathLabel->setText(
            m_ui->demoRadio->isChecked()
                ? tr("A new database with demo tickets, changes and a CMDB is created in %1. "
                     "It takes a few seconds.")
                      .arg(QDir::toNativeSeparators(path))
                : tr("The database is kept in %1.").arg(QDir::toNativeSeparators(path)));
    }
    const bool remote = m_ui->directRadio->isChecked() || m_ui->cachedRadio->isChecked();
    m_ui->keychainLabel->setVisible(remote);
}

void FirstRunDialog::testConnection(const QString &url, const QString &password)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto split = splitPassword(url);
    const auto tested = split ? Views::testConnection(
                                    withPassword(split->url,
                                                 password.isEmpty() ? split->password : password))
                              : Result<void>(split.error());
    QApplication::restoreOverrideCursor();
    m_ui->testResultLabel->setText(tested ? tr("The connection works.") : tested.error().message);
}

void FirstRunDialog::showProblem(const QString &message)
{
    m_ui->testResultLabel->setText(message);
}

void FirstRunDialog::accept()
{
    Sync::ConnectionProfile profile;
    QString databasePassword;
    QString hubPassword;
    if (m_ui->demoRadio->isChecked()) {
        const QString path = DemoDatabase::newPath();
        setEnabled(false);
        const auto made = DemoDatabase::create(path, this);
        setEnabled(true);
        if (!made) {
            showProblem(made.error().message);
            return;
        }
        if (!*made) // cancelled: the person may choose again
            return;
        profile.name = m_store.uniqueName(tr("Demo"));
        profile.databaseUrl = sqliteUrl(path);
    } else if (m_ui->emptyRadio->isChecked()) {
        profile.name = m_store.uniqueName(tr("Local"));
        profile.databaseUrl = sqliteUrl(Storage::DatabaseUrl::defaultUrl().path);
    } else if (m_ui->directRadio->isChecked()) {
        auto parsed = profileFromUrls(m_ui->directUrlEdit->text(), QString());
        if (!parsed || parsed->mode != Sync::ConnectionMode::Direct) {
            showProblem(parsed ? tr("Direct mode needs a postgresql:// URL.")
                               : parsed.error().message);
            m_ui->directUrlEdit->setFocus();
            return;
        }
        profile = *parsed;
        profile.name = m_store.uniqueName(
            tr("Team database (%1)").arg(Storage::DatabaseUrl::parse(profile.databaseUrl)->host));
        databasePassword = m_ui->directPasswordEdit->text();
    } else {
        const QString replica = m_ui->replicaEdit->text().trimmed();
        if (replica.isEmpty()) {
            showProblem(tr("Cached mode needs a replica file."));
            m_ui->replicaEdit->setFocus();
            return;
        }
        auto parsed = profileFromUrls(sqliteUrl(replica), m_ui->hubUrlEdit->text());
        if (!parsed || parsed->mode != Sync::ConnectionMode::Cached) {
            showProblem(parsed ? tr("Cached mode needs the postgresql:// URL of the hub.")
                               : parsed.error().message);
            m_ui->hubUrlEdit->setFocus();
            return;
        }
        profile = *parsed;
        profile.name = m_store.uniqueName(
            tr("Offline replica (%1)").arg(Storage::DatabaseUrl::parse(profile.hubUrl)->host));
        hubPassword = m_ui->hubPasswordEdit->text();
        QDir().mkpath(QFileInfo(replica).absolutePath());
    }
    auto stored = m_store.save(profile, databasePassword, hubPassword);
    if (!stored) {
        showProblem(stored.error().message);
        return;
    }
    m_store.setDefaultProfile(stored->name);
    m_profile = *stored;
    QDialog::accept();
}

} // namespace ServiceDeck::Views
