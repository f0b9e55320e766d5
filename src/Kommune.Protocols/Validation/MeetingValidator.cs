using Kommune.Protocols.Model;
using Kommune.Protocols.Validation.Rules;

namespace Kommune.Protocols.Validation;

/// <summary>
/// Checks a meeting against the rule catalogue (<c>docs/validation-rules.md</c>) and reports
/// every issue at once. Rules of your own run after the built-in ones when given in
/// <see cref="ValidationOptions.ExtraRules"/>.
/// </summary>
/// <remarks>
/// Thread-safe: a static entry point with no state; any number of threads may validate at once,
/// the same meeting or different ones (rules of your own must be thread-safe too). See
/// <c>docs/api-conventions.md</c>.
/// </remarks>
public static class MeetingValidator
{
    /// <summary>The built-in rules, in catalogue order (immutable).</summary>
    public static IReadOnlyList<IValidationRule> BuiltInRules { get; } =
    [
        new WithinLimits(), new MunicipalityRequired(), new BodyRequired(), new EndAfterStart(), new UniqueItemNumbers(), new ItemOrder(), new StageMatchesContent(), new HandlingOrderValid(),
        new TitleRequired(), new ClosedItemOpenAttachment(), new AttachmentNumbering(), new AttachmentTitleRequired(), new CaseNumberRecognized(),
        new DocumentNumberRecognized(), new TextXmlCanCarry(), new EmptySection(), new CustomSectionHeading(), new PlacedContentMissing(),
        new DecisionRequired(), new DecisionMatchesMeeting(), new SignatoriesRequired(), new SignatoriesApproved(), new PublicDecisionGiven(),
        new PresentAndAbsent(), new SubstituteStandsIn(), new ConflictedDoesNotVote(), new ConflictedIsMember(), new VotesWithinPresent(),
        new VotePointExists(), new GuestAttendsItem(), new MemberReferencesKnown(), new VoterWasPresent(), new ItemReferencesExist(), new OneChair(),
        new EarlierDecisionBefore(), new MemberKeysUnique(), new StatementVoteExists(),
        .. TimePlanRule.All,
    ];

    /// <summary>Validates like <see cref="Validate"/> and throws when there is an error.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <param name="options">Language, stage, disabled rules, severities and extra rules; <see cref="ValidationOptions.Default"/> when null.</param>
    /// <returns>The report (warnings only).</returns>
    /// <remarks>Thread-safe.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="meeting"/> is null.</exception>
    /// <exception cref="MeetingValidationException">The meeting has at least one error; its <see cref="MeetingValidationException.Report"/> holds every issue.</exception>
    public static ValidationReport EnsureValid(Meeting meeting, ValidationOptions? options = null)
    {
        var report = Validate(meeting, options);
        return report.HasErrors ? throw new MeetingValidationException(report) : report;
    }

    /// <summary>Validates with the built-in rules, then <see cref="ValidationOptions.ExtraRules"/>.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <param name="options">Language, stage, disabled rules, severities and extra rules; <see cref="ValidationOptions.Default"/> when null.</param>
    /// <returns>The report: every issue found, none thrown.</returns>
    /// <remarks>Thread-safe.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="meeting"/> is null.</exception>
    public static ValidationReport Validate(Meeting meeting, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        options ??= ValidationOptions.Default;
        var issues = new List<ValidationIssue>();
        var limit = MeetingLimits.CheckContent(meeting);
        if (limit is { IsStructural: true })
        {
            // The other rules (and the context) walk every item and table: past these limits that
            // could exhaust the stack, so this is the one issue reported, even where KP108 is disabled.
            var rule = BuiltInRules[0];
            issues.Add(new ValidationIssue(rule.Code, Severity.Error, limit.Path, MessageWording.Word(options.Language, rule, WithinLimits.Of(limit))));
            return new ValidationReport(issues, options.Language);
        }

        var context = new ValidationContext(meeting, options.Stage ?? meeting.Stage) { LimitViolation = limit };
        foreach (var rule in BuiltInRules.Concat(options.ExtraRules))
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

        return new ValidationReport(issues, options.Language);
    }
}
