namespace KnowledgeHub.Tests.Search;

/// <summary>
/// Queries a caseworker or a municipal manager would type, each with the record a person would
/// expect among the first three hits and why. Chosen from the seed content, not from the results.
/// </summary>
public static class RankingCases
{
    public static TheoryData<string, string, string> All { get; } = new()
    {
        { "PMTO", "pmto", "The programme's abbreviation, its title's first word." },
        { "forældretræning adfærdsproblemer", "pmto", "PMTO's summary: a parent-training programme for children with behaviour problems." },
        { "De Utrolige År", "de-utrolige-aar", "The series itself, not one of its sub-programmes, when the name is typed exactly." },
        { "Incredible Years", "de-utrolige-aar", "The English name of De Utrolige År (thesaurus)." },
        { "funktionel familieterapi", "fft", "FFT's Danish full name." },
        { "multisystemisk terapi kriminalitet", "mst", "MST's name plus one of the problems its summary names." },
        { "undgå anbringelse af unge", "mst", "MST's summary: it can be used to avoid placing young people outside the home." },
        { "Treatment Foster Care", "tfco", "Part of TFCO's English name." },
        { "MTFC", "tfco", "TFCO's former name, in its title." },
        { "Stepping Stones handicap", "triple-p-stepping-stones", "The Triple P variant for parents of children with disabilities." },
        { "dialogbaseret underretning", "inspiration-assens-dialogbaseret-underretning", "The Assens case's title." },
        { "notification of concern", "inspiration-assens-dialogbaseret-underretning", "English for underretning (thesaurus)." },
        { "tæt opfølgning i sagsbehandlingen", "inspiration-herning-taet-opfoelgning", "The Herning case's subject, in its own words." },
        { "tidlig opsporing", "raadgivning-2021-tidlig-opsporing", "The 2021 advisory theme named exactly so." },
        { "early detection", "raadgivning-2021-tidlig-opsporing", "English for tidlig opsporing (thesaurus)." },
        { "forebyggelsespakken", "forebyggelsespakken", "The 2014 prevention package's everyday name, in its title's parenthesis." },
        { "satspuljeaftalen 2016", "mod-en-tidligere-forebyggende-indsats", "The 2016 agreement's everyday name, in its title's parenthesis." },
        { "Projekt Forebyggelseskommuner", "projekt-forebyggelseskommuner", "The project's exact title, though six experiences name it too." },
        { "forebyggelsesstrategi Odense", "forebyggelseskommune-odense", "Odense's experience: its prevention strategy in the project." },
        { "Hvidovre TOPI", "partnerskab-hvidovre", "Hvidovre introduced TOPI as a partnership municipality." },
        { "ICDP sundhedsplejen Brøndby", "icdp-broendby", "Brøndby offers ICDP to all new families through its health visitors." },
        { "unge sårbare mødre", "familiens-hus", "Familiens Hus is for pregnant women and mothers under 26." },
        { "skoleomfattende positiv adfærd", "pals", "PALS: a school-wide model for positive behaviour." },
        { "udsatte børn i dagtilbud", "tile-dagtilbud", "The prevention package's day-care initiative." },
        { "frivillige organisationer", "tile-frivillige-organisationer", "The initiative on partnerships with voluntary organisations." },
        { "omlægning rådgivning Hjørring", "raadgivningskommune-hjoerring", "Hjørring's experience of advice on shifting to earlier prevention." },
        { "metodeudbredelse", "metodeudbredelsesprogrammet", "A compound that is only in the programme's name (query-side compound parts)." },
        { "Dino børneprogram", "de-utrolige-aar-dino-lille-gruppe", "The Dino small-group programme is the one described as a children's programme." },
        { "netværk af referencekommuner", "referencenetvaerket", "The network of reference municipalities, by its title." },
        { "FFT opstart", "fft-opstartsstoette-2019", "Socialstyrelsen's start-up support for FFT." },
        { "aarhus forebyggelseskommune", "forebyggelseskommune-aarhus", "Aarhus typed with aa; the city's experience as a prevention municipality." },
        { "parent management training", "pmto", "PMTO spelled out in English." },
    };
}
