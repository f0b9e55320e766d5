using Kommune.Protocols.Model;
using Kommune.Protocols.Validation.Rules;

namespace Kommune.Protocols.Validation;

/// <summary>
/// Checks a meeting against the rule catalogue (<c>docs/validation-rules.md</c>) and reports
/// every issue at once. Thread-safe and reusable.
/// </summary>
public sealed class MeetingValidator
{
    /// <summary>Creates a validator with the built-in rules and any extra rules.</summary>
    /// <param name="extraRules">Rules of your own, run after the built-in ones.</param>
    public MeetingValidator(params IValidationRule[] extraRules)
    {
        ArgumentNullException.ThrowIfNull(extraRules);
        Rules = [.. BuiltInRules, .. extraRules];
    }

    /// <summary>The built-in rules, in catalogue order.</summary>
    public static IReadOnlyList<IValidationRule> BuiltInRules { get; } =
    [
        new MunicipalityRequired(), new BodyRequired(), new EndAfterStart(), new UniqueItemNumbers(), new ItemOrder(), new StageMatchesContent(), new HandlingOrderValid(),
        new TitleRequired(), new ClosedItemOpenAttachment(), new AttachmentNumbering(), new AttachmentTitleRequired(), new CaseNumberRecognized(),
        new DocumentNumberRecognized(), new TextXmlCanCarry(), new EmptySection(), new CustomSectionHeading(), new PlacedContentMissing(),
        new DecisionRequired(), new DecisionMatchesMeeting(), new SignatoriesRequired(), new SignatoriesApproved(), new PublicDecisionGiven(),
        new PresentAndAbsent(), new SubstituteStandsIn(), new ConflictedDoesNotVote(), new ConflictedIsMember(), new VotesWithinPresent(),
        new VotePointExists(), new GuestAttendsItem(), new MemberReferencesKnown(), new VoterWasPresent(), new ItemReferencesExist(), new OneChair(),
        new EarlierDecisionBefore(), new MemberKeysUnique(), new StatementVoteExists(),
        .. TimePlanRule.All,
    ];

    /// <summary>A validator with the built-in rules (declared after them: static fields initialize in order).</summary>
    public static MeetingValidator Default { get; } = new();

    /// <summary>The rules this validator runs.</summary>
    public IReadOnlyList<IValidationRule> Rules { get; }

    /// <summary>Validates with the built-in rules.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <param name="options">Language, stage, disabled rules and severities; defaults when null.</param>
    /// <returns>The report.</returns>
    public static ValidationReport Validate(Meeting meeting, ValidationOptions? options = null) => Default.Run(meeting, options);

    /// <summary>Validates with the built-in rules and throws when there is an error.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <param name="options">Language, stage, disabled rules and severities; defaults when null.</param>
    /// <returns>The report (warnings only).</returns>
    /// <exception cref="MeetingValidationException">The meeting has at least one error.</exception>
    public static ValidationReport EnsureValid(Meeting meeting, ValidationOptions? options = null)
    {
        var report = Validate(meeting, options);
        return report.HasErrors ? throw new MeetingValidationException(report) : report;
    }

    /// <summary>Validates with this validator's rules.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <param name="options">Language, stage, disabled rules and severities; defaults when null.</param>
    /// <returns>The report.</returns>
    public ValidationReport Run(Meeting meeting, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        options ??= ValidationOptions.Default;
        var context = new ValidationContext(meeting, options.Stage ?? meeting.Stage);
        var issues = new List<ValidationIssue>();
        foreach (var rule in Rules)
        {
            if (options.Disabled.Contains(rule.Code))
            {
                continue;
            }

            foreach (var finding in rule.Check(context))
            {
                var severity = options.SeverityOverrides.TryGetValue(rule.Code, out var forced) ? forced : finding.Severity ?? rule.DefaultSeverity;
                issues.Add(new ValidationIssue(rule.Code, severity, finding.Path, MessageWording.Word(options.Language, rule, finding)));
            }
        }

        return new ValidationReport(issues);
    }
}
