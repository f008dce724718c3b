// SPDX-License-Identifier: GPL-3.0-or-later
#include "climain.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
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
