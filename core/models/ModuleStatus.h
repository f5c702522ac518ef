#pragma once

#include "dialects/StatusReport.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <array>

// What the status dashboard shows: one property per field. Every field is either unknown (never
// read, or its reading failed: the view says "unknown", never a placeholder) or known; a known
// field may be "none" (no IP address while the link is down). Each field also carries the AT
// command that reads it on the connected module (none: "not available on this module") and what
// set its value last (that command, or a message of the module). The status service writes it.
class ModuleStatus : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString model READ model NOTIFY modelChanged)
    Q_PROPERTY(QString firmware READ firmware NOTIFY firmwareChanged)
    Q_PROPERTY(QString mac READ mac NOTIFY macChanged)
    Q_PROPERTY(WifiMode wifiMode READ wifiMode NOTIFY wifiModeChanged)
    Q_PROPERTY(Link link READ link NOTIFY linkChanged)
    Q_PROPERTY(QString ssid READ ssid NOTIFY ssidChanged)
    Q_PROPERTY(QString bssid READ bssid NOTIFY bssidChanged)
    Q_PROPERTY(int channel READ channel NOTIFY channelChanged)
    Q_PROPERTY(int rssi READ rssi NOTIFY rssiChanged)
    Q_PROPERTY(QString ip READ ip NOTIFY ipChanged)
    Q_PROPERTY(QString gateway READ gateway NOTIFY gatewayChanged)
    Q_PROPERTY(QStringList dns READ dns NOTIFY dnsChanged)
    Q_PROPERTY(int openSockets READ openSockets NOTIFY openSocketsChanged)
    Q_PROPERTY(bool mqttConnected READ mqttConnected NOTIFY mqttConnectedChanged)

public:
    using Field = StatusField;
    static constexpr int FieldCount = StatusFieldCount;

    // Same values as StatusWifiMode / StatusLink, as Qt enums for properties.
    enum class WifiMode { Off, Station, SoftAp, StationAndSoftAp, AdHoc };
    Q_ENUM(WifiMode)
    enum class Link { Disconnected, Connecting, Connected };
    Q_ENUM(Link)

    explicit ModuleStatus(QObject *parent = nullptr);

    static QList<Field> fields();
    // A readable name ("IP address"), translated.
    static QString fieldName(Field field);

    // Typed values; empty, 0 or false when the field is unknown or none (see isKnown / hasValue).
    QString model() const { return text(Field::Model); }
    QString firmware() const { return text(Field::Firmware); }
    QString mac() const { return text(Field::Mac); }
    WifiMode wifiMode() const { return WifiMode(number(Field::WifiMode)); }
    Link link() const { return Link(number(Field::Link)); }
    QString ssid() const { return text(Field::Ssid); }
    QString bssid() const { return text(Field::Bssid); }
    int channel() const { return number(Field::Channel); }
    int rssi() const { return number(Field::Rssi); }
    QString ip() const { return text(Field::Ip); }
    QString gateway() const { return text(Field::Gateway); }
    QStringList dns() const { return value(Field::Dns).toStringList(); }
    int openSockets() const { return number(Field::Sockets); }
    bool mqttConnected() const { return value(Field::Mqtt).toBool(); }

    bool isKnown(Field field) const { return at(field).known; }
    // Known and not "none".
    bool hasValue(Field field) const { return at(field).known && at(field).value.isValid(); }
    // The value (invalid when unknown or none): QString, int, QStringList, bool, or WifiMode / Link
    // as int.
    QVariant value(Field field) const { return at(field).value; }
    // The command that reads the field on this module; empty when none does.
    QByteArray query(Field field) const { return at(field).query; }
    bool isAvailable(Field field) const { return !at(field).query.isEmpty(); }
    // What set the value last: the command, or the module's message ("+WSTAAIP:...").
    QString origin(Field field) const { return at(field).origin; }
    QDateTime updated(Field field) const { return at(field).updated; }
    // Why an unknown field is unknown (the command failed, the module gave no value, ...).
    QString note(Field field) const { return at(field).note; }

    // --- for the status service
    // A known value; an invalid QVariant means "none".
    void setValue(Field field, const QVariant &value, const QString &origin);
    void setUnknown(Field field, const QString &note = {});
    void setQuery(Field field, const QByteArray &command);
    // Every field unknown (a new or lost connection), with the same note.
    void clear(const QString &note = {});

signals:
    void modelChanged();
    void firmwareChanged();
    void macChanged();
    void wifiModeChanged();
    void linkChanged();
    void ssidChanged();
    void bssidChanged();
    void channelChanged();
    void rssiChanged();
    void ipChanged();
    void gatewayChanged();
    void dnsChanged();
    void openSocketsChanged();
    void mqttConnectedChanged();
    // Any of value, known, query, origin or note of this field changed.
    void fieldChanged(StatusField field);

private:
    struct State
    {
        bool known = false;
        QVariant value;
        QByteArray query;
        QString origin;
        QDateTime updated;
        QString note;
    };
    const State &at(Field field) const { return m_fields[size_t(field)]; }
    QString text(Field field) const { return value(field).toString(); }
    int number(Field field) const { return value(field).toInt(); }
    void changed(Field field);

    std::array<State, StatusFieldCount> m_fields;
};
