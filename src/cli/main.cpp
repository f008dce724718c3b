// SPDX-License-Identifier: GPL-3.0-or-later
#include "climain.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>
#include <cstring>
#include <memory>

int main(int argc, char *argv[])
{
    // The benchmark paints the change calendar, which needs widgets; offscreen unless a
    // platform is asked for, so that it runs without a display. Every other command stays a
    // console program.
    bool bench = false;
    for (int i = 1; i < argc; ++i)
        bench = bench || std::strcmp(argv[i], "bench") == 0;
    if (bench && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app;
    if (bench)
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    // The same application name as the GUI, so both find the same default database.
    QCoreApplication::setApplicationName(QStringLiteral("ServiceDeck"));
    QCoreApplication::setOrganizationName(QStringLiteral("ServiceDeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SERVICEDECK_VERSION));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("servicedeck"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QTextStream out(stdout);
    QTextStream err(stderr);
    return ServiceDeck::Cli::runCli(QCoreApplication::arguments(), out, err);
}
