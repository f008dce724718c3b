// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QString>

class QWidget;

namespace ServiceDeck::Views {

// The first run's "try it" database: a new SQLite file filled with demo data.
namespace DemoDatabase {

// A file name under QStandardPaths::AppDataLocation that does not exist yet: demo.db, demo-2.db, …
QString newPath();

// Creates the database at `path` and seeds it, showing progress in a QProgressDialog over
// `parent`. Returns false when the person cancelled (the half-made file is removed again).
Result<bool> create(const QString &path, QWidget *parent);

} // namespace DemoDatabase

} // namespace ServiceDeck::Views
