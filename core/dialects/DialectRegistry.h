#pragma once

#include <QString>
#include <QStringList>
#include <memory>

class Dialect;

// The five dialects by id: wizfi310, wizfi360, wizfi250, pic32mzw1, air602.
namespace DialectRegistry {
QStringList ids();
// A new instance (dialects keep per-session state); nullptr for an unknown id.
std::unique_ptr<Dialect> create(const QString &id);
} // namespace DialectRegistry
