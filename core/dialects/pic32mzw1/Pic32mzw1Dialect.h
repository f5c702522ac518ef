#pragma once

#include "dialects/Dialect.h"

#include <QHash>
#include <QString>

// Microchip PIC32MZW1 / WFI32 running the "AnyCloud" AT command application.
// Spec: specs/manuals/pic32mzw1-anycloud-at-reference.txt, digest specs/pic32mzw1.md;
// decisions on the manual's gaps: docs/dialects/pic32mzw1.md.
class Pic32mzw1Dialect : public Dialect
{
public:
    QString id() const override;
    QString displayName() const override;
    QByteArray terminator() const override;
    QList<QByteArray> sessionSetup() const override;
    QList<QByteArray> identityQueries() const override;
    DetectionProbe detectionProbe() const override; // Pic32mzw1Detect.cpp
    CommandTraits traits(const QByteArray &command) const override;
    QList<AtCommandInfo> catalog() const override;
    DialectCapabilities capabilities() const override;
    // Panel commands (Pic32mzw1WifiCommands.cpp, ...SocketCommands.cpp, ...MqttCommands.cpp);
    // the firmware has no GPIO commands (digest §4.7): gpioCommands() stays nullptr.
    std::unique_ptr<WifiCommands> wifiCommands() const override;
    std::unique_ptr<SocketCommands> socketCommands() const override;
    std::unique_ptr<MqttCommands> mqttCommands() const override;
    QList<StatusQuery> statusQueries() const override;
    void readStatus(const QByteArray &command, const QList<AtFrame> &responses,
                    const AtFrame &final, StatusReport &report) const override;
    void commandSent(const QByteArray &command) override;
    FrameProbe probe(QByteArrayView lineStart, const InFlight &inFlight) const override;
    AtFrame classifyLine(const QByteArray &line, const InFlight &inFlight) override;
    QList<AtFrame> classifyPayload(const QByteArray &header, const QByteArray &payload,
                                   const InFlight &inFlight) override;
    void moduleReset() override;

    // A string parameter as the firmware prints it: "..." with backslash escapes, [HEX] (one pair
    // per byte, [] empty) or bare text. *ok is false for a malformed "..." or [..].
    static QByteArray decodeString(QByteArrayView field, bool *ok = nullptr);
    // Readable text of a firmware status code (digest 2.4; the manual has no table).
    static QString errorMessage(int code);
    // Custom event: the broker's CONNACK (+MQTTCONNACK); fields flags, code, ok.
    static constexpr char MqttConnAck[] = "mqtt.connack";

private:
    struct Sender
    {
        QString ip;
        int port = 0;
    };
    // The sender of the datagram last announced by +SOCKRXU, per socket, so that the +SOCKRD
    // data that reads it can name ip and port.
    QHash<int, Sender> m_udpSender;

    AtFrame classifyPlus(const QByteArray &line, const InFlight &inFlight);
    AtFrame readData(const QByteArray &text, int socket, qint64 declared, const QByteArray &bytes);
};
