// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QLocale>
#include <QString>

#include <utility>

namespace ServiceDeck::Views {

// The program-wide choices of the settings dialog, kept in QSettings and applied at start.
namespace AppSettings {

// A language override: a locale name ("de", "fr", "en"), empty to follow the system.
QString language();
void setLanguage(const QString &name);
// The locale the program speaks at start: the override, else the system's.
QLocale startupLocale();
// The languages offered: locale name and the language's own name.
QList<std::pair<QString, QString>> availableLanguages();

enum class Appearance { System, Light, Dark };
Appearance appearance();
void setAppearance(Appearance appearance);
// Changes the running application: the platform's look for System, Fusion with its standard
// palette for Light, Fusion with a dark palette for Dark (Qt 6.4 cannot switch the scheme).
void applyAppearance(Appearance appearance);

// Forgets the saved geometry of windows, splitters and table columns; returns how many keys
// went. Windows open now keep their layout until they save it again.
int resetWindowLayout();

} // namespace AppSettings

} // namespace ServiceDeck::Views
