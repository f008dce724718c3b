// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testdatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>

namespace ServiceDeck::Test {

// Settings and data files of a test, never the person's: Qt's test locations, under names of
// the test's own, emptied before it starts.
inline void isolateSettings(const QString &testName)
{
    QCoreApplication::setOrganizationName(QStringLiteral("ServiceDeckTests"));
    useOwnLocations(testName);
    QSettings().clear();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
}

// The settings file's bytes as written on disk.
inline QByteArray settingsFileContents()
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace ServiceDeck::Test
