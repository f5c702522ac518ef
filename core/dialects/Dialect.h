#pragma once

#include "dialects/Capabilities.h"
#include "dialects/StatusReport.h"
#include "engine/AtFrame.h"
#include "engine/CommandTraits.h"
#include "dialects/DetectionProbe.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <memory>

// What the interpreter knows about the command in flight; dialects read it to decide framing and
// classification.
class WifiCommands;
class SocketCommands;
class MqttCommands;
class GpioCommands;

struct InFlight
{
    QByteArray command; // as sent, without the terminator; empty when nothing is in flight
    CommandTraits traits;
    bool echoSeen = false;
    bool promptSeen = false;
    bool payloadDone = false; // the whole payload of a send command has gone out

    bool active() const { return !command.isEmpty(); }
    bool awaitingPrompt() const { return active() && traits.expectsPrompt && !promptSeen; }
    // Case-insensitive test of the command's name, e.g. is("AT+SKRCV").
    bool is(const char *name) const;
    // The parameters after '=' (empty when there are none).
    QByteArray parameters() const;
};

// The framer asks the dialect at the start of every line whether the bytes there open a prompt
// or a length-framed payload. Contract: NoMatch is final for that line start (more bytes must not
// change it) and NeedMore is answered only while a match is still possible, so that a stream cut
// at any point frames the same.
struct FrameProbe
{
    enum class Result { NoMatch, NeedMore, Prompt, Payload };
    Result result = Result::NoMatch;
    int headerLength = 0;     // bytes of the prompt or of the payload header
    qint64 payloadLength = 0; // bytes of payload after the header

    static FrameProbe noMatch() { return {}; }
    static FrameProbe needMore() { return {Result::NeedMore, 0, 0}; }
    static FrameProbe prompt(int length) { return {Result::Prompt, length, 0}; }
    static FrameProbe payload(int header, qint64 length)
    {
        return {Result::Payload, header, length};
    }
};

// One entry of a dialect's command catalog: what the terminal completes and explains.
struct AtCommandInfo
{
    QByteArray name; // as sent, upper case: "AT+CWJAP_CUR", "ATE0" ...
    // Every form the manual gives, one per line: "AT+CWJAP_CUR=<ssid>,<pwd>[,<bssid>]".
    QString syntax;
    QString summary; // one translated sentence
    QString group;   // "basic", "wifi", "network", "mqtt", "gpio" or "other"
};

// One module family's dialect: everything that knows the family's strings lives behind this.
// An instance belongs to one session: dialects may keep state (the Wi-Fi mode, subscribed topics).
class Dialect
{
public:
    virtual ~Dialect();

    virtual QString id() const = 0;          // wizfi310, wizfi360, wizfi250, pic32mzw1, air602
    virtual QString displayName() const = 0; // "WIZnet WizFi360"
    virtual QByteArray terminator() const = 0;

    // Commands sent after connecting and after every module reset, so that the module's output
    // has the form the parser expects (echo off, message level, receive header form, ...).
    virtual QList<QByteArray> sessionSetup() const = 0;
    // Commands that identify model and firmware; their replies are plain responses.
    virtual QList<QByteArray> identityQueries() const = 0;
    // How auto-detection finds this family on a serial line (none by default).
    virtual DetectionProbe detectionProbe() const { return {}; }

    virtual CommandTraits traits(const QByteArray &command) const = 0;
    // Every command of the manual, for completion and syntax help.
    virtual QList<AtCommandInfo> catalog() const;
    // What the family can do and its limits, from its manual. The default has nothing available
    // (reason "not described") and no limits.
    virtual DialectCapabilities capabilities() const;
    // The commands behind the panels, one set per capability (core/dialects/commands/); null
    // when the family lacks the capability (capabilities() says why).
    virtual std::unique_ptr<WifiCommands> wifiCommands() const;
    virtual std::unique_ptr<SocketCommands> socketCommands() const;
    virtual std::unique_ptr<MqttCommands> mqttCommands() const;
    virtual std::unique_ptr<GpioCommands> gpioCommands() const;
    // Called as each command goes out (live or replayed) so a dialect can follow modes.
    virtual void commandSent(const QByteArray &command);

    virtual FrameProbe probe(QByteArrayView lineStart, const InFlight &inFlight) const = 0;
    // Classify one complete line (without its line end). Blank lines are passed too.
    virtual AtFrame classifyLine(const QByteArray &line, const InFlight &inFlight) = 0;
    // The prompt the probe found (its bytes as received). The default is a Prompt frame with the
    // bytes trimmed; a prompt that says how much the module will take carries AtFields::Length,
    // and the engine sends no more than that.
    virtual AtFrame classifyPrompt(const QByteArray &prompt, const InFlight &inFlight);
    // Classify a payload the probe announced: usually one Data frame or an mqtt.message Urc.
    virtual QList<AtFrame> classifyPayload(const QByteArray &header, const QByteArray &payload,
                                           const InFlight &inFlight) = 0;

    // The status dashboard's queries, in the order a refresh sends them, with the fields each one
    // reads. They only read: a refresh never changes the module's state. Empty by default.
    virtual QList<StatusQuery> statusQueries() const;
    // Read the answer to one of statusQueries() (called only when it ended in success) into
    // `report`, which already holds what the earlier queries of the same refresh found.
    virtual void readStatus(const QByteArray &command, const QList<AtFrame> &responses,
                            const AtFrame &final, StatusReport &report) const;

    // A final error that means "busy, try again later" rather than a failure.
    virtual bool isBusyFinal(const AtFrame &final) const;
    // The module restarted: forget per-boot state.
    virtual void moduleReset();
};
