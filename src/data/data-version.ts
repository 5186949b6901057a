import version from '../../geodata/version.json';

/** The version of the geodata this build ships (`YYYY.MM.N`), shown in the app and written as `dv=`. */
export const DATA_VERSION: string = version.dataVersion;

/** The day the geodata this build ships describes (`YYYY-MM-DD`): the present of the status rule. */
export const DATA_AS_OF: string = version.asOf;
