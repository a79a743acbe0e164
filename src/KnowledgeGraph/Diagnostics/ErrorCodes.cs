namespace KnowledgeGraph.Diagnostics;

/// <summary>
/// Stable diagnostic codes, grouped by stage: KG1xxx ingest, KG2xxx text and syntax, KG3xxx gazetteer and lexicons,
/// KG4xxx recognise/resolve, KG5xxx relate, KG6xxx store, KG7xxx Neo4j, KG8xxx query/export, KG9xxx configuration and internal errors.
/// A code never changes meaning once released.
/// </summary>
internal static class ErrorCodes
{
    // Ingest
    public const string FileNotFound = "KG1001";
    public const string FileUnreadable = "KG1002";
    public const string FileEmpty = "KG1003";
    public const string FileBinary = "KG1004";
    public const string FileInvalidUtf8 = "KG1005";
    public const string FileTooLarge = "KG1006";
    public const string LineTooLong = "KG1007";
    public const string UnsupportedExtension = "KG1008";
    public const string JsonlBadLine = "KG1009";
    public const string FrontMatterInvalid = "KG1010";
    public const string HtmlNoText = "KG1011";
    public const string NoInput = "KG1012";

    // Syntax: the language model file (KG21xx), CoNLL-U and treebanks (KG22xx), training (KG23xx)
    public const string ModelNotFound = "KG2101";
    public const string ModelCorrupt = "KG2102";
    public const string ModelVersion = "KG2103";
    public const string ModelSectionMissing = "KG2104";
    public const string ModelWriteFailed = "KG2105";
    public const string ConlluMalformed = "KG2201";
    public const string ConlluNotFound = "KG2202";
    public const string TrainingDataEmpty = "KG2301";
    public const string TrainingOptionInvalid = "KG2302";

    // Gazetteer and lexicons
    public const string GazetteerSyntax = "KG3001";
    public const string GazetteerDuplicateId = "KG3002";
    public const string GazetteerAliasConflict = "KG3003";
    public const string GazetteerUnknownType = "KG3004";
    public const string GazetteerEmptyName = "KG3005";
    public const string GazetteerUnknownField = "KG3006";
    public const string GazetteerUnknownReference = "KG3007";
    public const string GazetteerBadValue = "KG3008";
    public const string GazetteerNotFound = "KG3009";
    public const string LexiconSyntax = "KG3101";
    public const string LexiconInvalid = "KG3102";

    // Relate
    public const string ClaimEvalInvalid = "KG5101";
    public const string PairEvalInvalid = "KG5102";

    // Store
    public const string StoreLocked = "KG6001";
    public const string StoreCorrupt = "KG6002";
    public const string StoreForeign = "KG6003";
    public const string StoreNewerSchema = "KG6004";
    public const string StoreBusy = "KG6005";
    public const string StoreNotFound = "KG6006";

    // Neo4j
    public const string Neo4jUnreachable = "KG7001";
    public const string Neo4jAuth = "KG7002";
    public const string Neo4jCypher = "KG7003";
    public const string Neo4jTransient = "KG7004";
    public const string Neo4jProtocol = "KG7005";
    public const string Neo4jConfig = "KG7006";

    // Query and export
    public const string EntityNotFound = "KG8001";
    public const string EntityAmbiguous = "KG8002";
    public const string ExportFailed = "KG8003";
    public const string PageRankNotConverged = "KG8004";
    public const string ExportFormatUnknown = "KG8005";
    public const string ViewLibraryMissing = "KG8006";
    public const string ViewAssetInvalid = "KG8007";
    public const string PredicateUnknown = "KG8008";
    public const string PredicateClassUnknown = "KG8009";

    // Configuration
    public const string ConfigInvalid = "KG9001";
    public const string OptionInvalid = "KG9002";
    public const string UsageInvalid = "KG9003";

    // Internal errors: a bug, not a bad input
    /// <summary>
    /// An internal error while extracting one article: reported naming its file:line; the article is left out of the
    /// run (a stored copy stays as it was) and the rest goes on.
    /// </summary>
    public const string ArticleFailed = "KG9998";
    public const string Internal = "KG9999";
}
