// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testdatabase.h"

#include "app/mainwindow.h"
#include "storage/database.h"
#include "storage/directoryrepository.h"
#include "storage/seed/seeder.h"

#include <QTest>

#include <memory>

namespace ServiceDeck::Test {

// Demo data whose changes all fall in the current month, so that the calendar opens on them.
inline Storage::SeedOptions accessibilitySeed()
{
    Storage::SeedOptions options;
    options.tickets = 300;
    options.cis = 50;
    options.changes = 30;
    options.randomSeed = 8;
    const QDate today = QDate::currentDate();
    options.changeMonth = QDate(today.year(), today.month(), 1);
    return options;
}

} // namespace ServiceDeck::Test

// A main window on a seeded database of the row's driver, shown at a size where every page
// has room.
#define SD_A11Y_WINDOW(window)                                                                     \
    SD_TEST_DATABASE(testDb);                                                                      \
    auto dbOpened = testDb->open();                                                                \
    QVERIFY2(dbOpened.ok(), qPrintable(dbOpened.ok() ? QString() : dbOpened.error().message));    \
    Storage::Database &db = **dbOpened;                                                            \
    const auto seeded = Storage::Seeder(db).run(Test::accessibilitySeed());                        \
    QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().message));          \
    const auto admin = Storage::DirectoryRepository(db).ensureAdmin();                             \
    QVERIFY(admin.ok());                                                                           \
    MainWindow window(db, *admin);                                                                 \
    window.resize(1280, 800);                                                                      \
    window.show();                                                                                 \
    QVERIFY(QTest::qWaitForWindowExposed(&window));                                                \
    window.activateWindow();                                                                       \
    QVERIFY(QTest::qWaitForWindowActive(&window))
