// SPDX-License-Identifier: GPL-3.0-or-later
// The main window speaks German and French: with the program's translation loaded, its menus,
// actions and the queue navigator show translated text.
#include "app/mainwindow.h"

#include "testdatabase.h"
#include "../views/queueviewfixture.h"

#include "views/queues/queuenavigator.h"

#include <QAction>
#include <QMenuBar>
#include <QTest>
#include <QTranslator>

using namespace ServiceDeck;
using Storage::Database;

namespace {

QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

} // namespace

class tst_Languages : public QObject
{
    Q_OBJECT

private slots:
    void mainWindowIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("view");
        QTest::addColumn<QString>("calendar");
        QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("&Datei")
                                << QStringLiteral("&Ansicht") << QStringLiteral("Change-Kalender");
        QTest::newRow("French") << QStringLiteral("fr") << QStringLiteral("&Fichier")
                                << QStringLiteral("&Affichage")
                                << QStringLiteral("Calendrier des changements");
    }

    void mainWindowIsTranslated()
    {
        QFETCH(QString, language);
        QFETCH(QString, file);
        QFETCH(QString, view);
        QFETCH(QString, calendar);
        // Given the program's translation for the language, as main() installs it
        QTranslator translator;
        QVERIFY2(translator.load(QStringLiteral(SERVICEDECK_QM_DIR "/servicedeck_") + language),
                 qPrintable(QStringLiteral("no servicedeck_%1.qm in " SERVICEDECK_QM_DIR)
                                .arg(language)));
        QCoreApplication::installTranslator(&translator);
        auto testDb = Test::TestDatabase::create(QStringLiteral("QSQLITE"));
        QVERIFY(testDb.ok());
        auto db = (*testDb)->open();
        QVERIFY(db.ok());
        const auto admin = Test::seedQueueData(**db);
        QVERIFY(admin.ok());

        // When the main window is built
        MainWindow window(**db, *admin);
        window.show();

        // Then its menus and views show the language's text, not English
        const QStringList titles = menuTitles(window);
        QVERIFY2(titles.contains(file), qPrintable(titles.join(QLatin1Char('|'))));
        QVERIFY2(titles.contains(view), qPrintable(titles.join(QLatin1Char('|'))));
        QVERIFY(!titles.contains(QStringLiteral("&File")));
        QStringList actionTexts;
        for (QAction *action : window.findChildren<QAction *>())
            actionTexts << action->text().remove(QLatin1Char('&'));
        QVERIFY2(std::any_of(actionTexts.cbegin(), actionTexts.cend(),
                             [&calendar](const QString &text) { return text.contains(calendar); }),
                 qPrintable(actionTexts.join(QLatin1Char('|'))));
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(tst_Languages)
#include "tst_languages.moc"
